//! Hard input through the whole extraction: a folder with a Latin-1 article, binary data
//! named `.txt`, a folder named `.txt` and a malformed `sources.toml`. Each problem is
//! reported naming its file, and what can be read is extracted.

use newsline_extract::extract_dir;

#[test]
fn a_folder_of_hard_input_is_extracted_with_every_problem_named() {
    let dir = std::env::temp_dir().join(format!("newsline-hard-input-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("notes.txt")).unwrap();
    let article = "MOSCOW, October 7, 2016\n\nRussia's Foreign Minister Sergey Lavr\u{f3}v said on Friday that Moscow \
        would ask Damascus to let the fighters leave Aleppo. He met Fran\u{e7}ois Hollande in Paris on Thursday.\n";
    let (latin1, _, unmappable) = encoding_rs::WINDOWS_1252.encode(article);
    assert!(!unmappable);
    std::fs::write(dir.join("latin1.txt"), &latin1).unwrap();
    // An image renamed: its header, then noise with many NULs.
    let mut image = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    image.extend((0..2000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8));
    std::fs::write(dir.join("image.txt"), &image).unwrap();
    std::fs::write(dir.join("sources.toml"), "[[source]]\nfile = \"latin1.txt\"\noutlet = [\n").unwrap();

    let extraction = extract_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let messages: Vec<String> = extraction.diagnostics.iter().map(|d| d.to_string()).collect();
    let said = |prefix: &str| messages.iter().any(|m| m.starts_with(prefix));
    assert!(said("image.txt: binary data, not text"), "{messages:?}");
    assert!(said("latin1.txt: not valid UTF-8 (first bad byte at offset 62); decoded as windows-1252"), "{messages:?}");
    assert!(said("notes.txt: a folder, not an article file"), "{messages:?}");
    assert!(said("sources.toml: not a valid sources file (line 4, column 1)"), "{messages:?}");

    let corpus = extraction.corpus;
    assert_eq!(corpus.articles.len(), 1, "only the Latin-1 article is read");
    assert!(corpus.articles[0].text.contains("Sergey Lavr\u{f3}v said"), "{}", corpus.articles[0].text);
    let names: Vec<&str> = corpus.actors.iter().map(|a| a.name.as_ref()).collect();
    assert!(names.iter().any(|n| n.contains("Lavr\u{f3}v")), "{names:?}");
    assert!(!names.iter().any(|n| n.ends_with("Lavr")), "a decoding error does not cut a name: {names:?}");
}
