//! The `newsline export <DIR>` contract: the JSON shape other tools depend on,
//! checked on the real seeds by running the binary as a user would.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn seeds() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn export(dir: &Path) -> (Option<Value>, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsline")).arg("export").arg(dir).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).ok();
    (json, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.success())
}

fn is_str_or_null(v: &Value) -> bool {
    v.is_string() || v.is_null()
}

fn is_date(v: &Value, shapes: &[usize]) -> bool {
    v.is_null()
        || v.as_str()
            .is_some_and(|s| shapes.contains(&s.len()) && s.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }))
}

#[test]
fn the_seed_export_follows_the_contract() {
    let (json, stderr, ok) = export(&seeds());
    assert!(ok, "export failed: {stderr}");
    let corpus = json.expect("stdout is JSON");
    let articles = corpus["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5, "one article per seed file");
    let seed_files: Vec<String> =
        std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".txt")).collect();
    let mut article_ids = Vec::new();
    for a in articles {
        article_ids.push(a["id"].as_str().unwrap().to_string());
        let file = a["file"].as_str().unwrap();
        assert!(seed_files.iter().any(|f| f == file), "{file} is a seed file");
        assert!(is_str_or_null(&a["outlet"]) && is_str_or_null(&a["title"]));
        assert!(is_date(&a["published"]["date"], &[10]));
        let time = &a["published"]["time"];
        assert!(time.is_null() || time.as_str().is_some_and(|t| t.len() == 5 && &t[2..3] == ":"));
        assert!(a["published"]["inferred"].is_boolean());
        assert!(a["text"].as_str().is_some_and(|t| !t.is_empty()));
    }
    let mut actor_ids = Vec::new();
    for actor in corpus["actors"].as_array().unwrap() {
        actor_ids.push(actor["id"].as_str().unwrap().to_string());
        assert!(actor["name"].is_string());
        assert!(["person", "organization", "country", "other"].contains(&actor["kind"].as_str().unwrap()));
        assert!(actor["aliases"].as_array().unwrap().iter().all(Value::is_string));
    }
    let events = corpus["events"].as_array().unwrap();
    assert!(!events.is_empty());
    let mut event_ids = Vec::new();
    for e in events {
        event_ids.push(e["id"].as_str().unwrap().to_string());
        assert!(is_date(&e["date"], &[4, 7, 10]), "{}", e["date"]);
        assert!(is_str_or_null(&e["time"]));
        assert!(e["summary"].is_string());
        for actor in e["actors"].as_array().unwrap() {
            assert!(actor_ids.contains(&actor.as_str().unwrap().to_string()), "{actor} is an actor id");
        }
        let mentions = e["mentions"].as_array().unwrap();
        assert!(!mentions.is_empty());
        for m in mentions {
            let article = m["article"].as_str().unwrap();
            assert!(article_ids.iter().any(|a| a == article));
            // A mention is a sentence exactly as it stands in the seed file (white space aside).
            let file = articles.iter().find(|a| a["id"] == article).unwrap()["file"].as_str().unwrap();
            let raw = std::fs::read_to_string(seeds().join(file)).unwrap();
            let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(squash(&raw).contains(&squash(m["text"].as_str().unwrap())), "verbatim in {file}: {}", m["text"]);
        }
    }
    for q in corpus["quotes"].as_array().unwrap() {
        assert!(article_ids.iter().any(|a| q["article"] == a.as_str()));
        assert!(q["speaker"].is_null() || actor_ids.iter().any(|a| q["speaker"] == a.as_str()));
        assert!(q["event"].is_null() || event_ids.iter().any(|e| q["event"] == e.as_str()));
        assert!(q["text"].is_string());
    }
}

#[test]
fn a_folder_with_nothing_readable_fails_with_the_file_named() {
    let dir = std::env::temp_dir().join(format!("newsline-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("broken.txt"), " \n\t\n").unwrap();
    let (json, stderr, ok) = export(&dir);
    assert!(!ok);
    assert!(json.is_none());
    assert!(stderr.contains("broken.txt"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_file_is_reported_but_the_rest_is_exported() {
    let dir = std::env::temp_dir().join(format!("newsline-mixed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("good.txt"), "MOSCOW, October 7. /TASS/. Russia is ready to help.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
    std::fs::write(dir.join("sources.toml"), "[[source]]\nfile = \"good.txt\"\noutlet = 3\n").unwrap();
    let (json, stderr, ok) = export(&dir);
    assert!(ok, "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("sources.toml"), "{stderr}");
    let corpus = json.unwrap();
    assert_eq!(corpus["articles"][0]["outlet"], "TASS", "outlet from the dateline when sources.toml is unusable");
    std::fs::remove_dir_all(&dir).unwrap();
}

fn export_format(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_newsline")).args(["export", "--format", format]).arg(seeds()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn csv_export_parses_with_one_row_per_event() {
    let (json, _, _) = export(&seeds());
    let events = json.unwrap()["events"].as_array().unwrap().clone();
    let text = export_format("csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..3], ["id", "date", "time"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), events.len());
    for (row, event) in rows.iter().zip(&events) {
        assert_eq!(row.get(0), event["id"].as_str());
        assert_eq!(row.get(6), event["summary"].as_str(), "summaries survive quoting");
        assert_eq!(row.get(10).unwrap_or("?"), event["headline"].as_str().unwrap_or(""), "the headline, or nothing, last");
    }
}

#[test]
fn ics_export_parses_with_one_entry_per_dated_event() {
    let (json, _, _) = export(&seeds());
    let corpus = json.unwrap();
    let dated: Vec<&Value> = corpus["events"].as_array().unwrap().iter().filter(|e| e["date"].is_string()).collect();
    let text = export_format("ics");
    let calendar = ical::IcalParser::new(text.as_bytes()).next().expect("one calendar").expect("valid iCalendar");
    assert_eq!(calendar.events.len(), dated.len());
    for (entry, event) in calendar.events.iter().zip(&dated) {
        let prop = |name: &str| entry.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default();
        assert_eq!(prop("UID"), format!("{}@newsline", event["id"].as_str().unwrap()));
        let date = event["date"].as_str().unwrap().replace('-', "");
        assert!(prop("DTSTART").starts_with(&date[..date.len().min(6)]), "{} vs {date}", prop("DTSTART"));
        // Unfolded and unescaped, the calendar's summary is the event's title: its headline
        // where it has one, else its summary sentence.
        let summary = prop("SUMMARY").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
        assert_eq!(summary, event["headline"].as_str().unwrap_or_else(|| event["summary"].as_str().unwrap()).trim());
    }
}

#[test]
fn timelinejs_export_is_json_with_a_slide_per_dated_event() {
    let (json, _, _) = export(&seeds());
    let corpus = json.unwrap();
    let dated: Vec<&Value> = corpus["events"].as_array().unwrap().iter().filter(|e| e["date"].is_string()).collect();
    let timeline: Value = serde_json::from_str(&export_format("timelinejs")).expect("valid JSON");
    let slides = timeline["events"].as_array().unwrap();
    assert_eq!(slides.len(), dated.len());
    for (slide, event) in slides.iter().zip(&dated) {
        let date = event["date"].as_str().unwrap();
        assert_eq!(slide["start_date"]["year"], &date[..4]);
        assert!(slide["text"]["text"].as_str().unwrap().contains("Reported by"));
    }
}

#[test]
fn an_unknown_format_is_refused_with_the_usage() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsline")).args(["export", "--format", "pdf"]).arg(seeds()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown format \"pdf\" (json, timelinejs, csv, ics)"), "{stderr}");
}

/// The CLI's formats are the model's one list (the download panel's too, tests/web.rs):
/// each name is accepted and writes what that entry's writer writes.
#[test]
fn the_cli_accepts_every_export_format_of_the_model_and_writes_it_with_its_writer() {
    use newsline_model::formats::EXPORT_FORMATS;
    let corpus: newsline_model::Corpus = serde_json::from_str(&export_format("json")).unwrap();
    // The calendar's DTSTAMP is the time of export.
    let without_stamp = |text: &str| text.lines().filter(|l| !l.starts_with("DTSTAMP:")).collect::<Vec<_>>().join("\n");
    for format in &EXPORT_FORMATS {
        let written = (format.write)(&corpus, "20161007T000000Z");
        assert_eq!(without_stamp(export_format(format.name).trim_end()), without_stamp(written.trim_end()), "{}", format.name);
    }
}
