//! Prints how cleaning classifies every line of a seed folder, with the reason for each
//! dropped line, so furniture decisions can be inspected:
//! `cargo run --release -p newsline-extract --example furniture -- DIR [FILE...]`.

use newsline_extract::clean::{self, LineKind};
use newsline_extract::{read_seed_folder, slug};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: furniture DIR [FILE...]");
        std::process::exit(2);
    };
    let folder = read_seed_folder(std::path::Path::new(dir)).expect("readable folder");
    let site = clean::site_lines(&folder.inputs, &folder.sources);
    for (input, site) in folder.inputs.iter().zip(site) {
        if args.len() > 1 && !args[1..].contains(&input.file) {
            continue;
        }
        println!("===== {}", input.file);
        let url = folder.sources.iter().find(|s| s.file == input.file).and_then(|s| s.url.as_deref());
        for line in clean::clean_with(&input.text, &site, slug::headline(&input.text, url)) {
            let kind = match &line.kind {
                LineKind::Story => "story".to_string(),
                LineKind::Heading => "heading".to_string(),
                LineKind::DateLine(_) => "date".to_string(),
                LineKind::Furniture(f) => format!("drop {f:?}"),
            };
            let text: String = input.text[line.range.clone()].chars().take(110).collect();
            println!("{kind:>22} | {text}");
        }
    }
}
