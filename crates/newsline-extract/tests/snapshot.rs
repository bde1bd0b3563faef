//! A reviewed snapshot of what the extraction finds in `seeds/`: every article's
//! metadata, every actor, event and quote, rendered as text a reviewer can read
//! against the articles. A change in extraction shows up as a diff to review.
//!
//! Re-record after reviewing a change: `NEWSLINE_BLESS=1 cargo test -p newsline-extract --test snapshot`.

use newsline_extract::extract_dir;
use std::fmt::Write;
use std::path::Path;

fn render() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = extract_dir(&root).expect("seeds readable").corpus;
    let mut out = String::new();
    let short = |s: &str, n: usize| -> String {
        let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() > n {
            format!("{}…", s.chars().take(n).collect::<String>())
        } else {
            s
        }
    };
    writeln!(out, "# Articles").unwrap();
    for a in corpus.articles.iter() {
        writeln!(
            out,
            "{} | outlet {:?} ({}){} | published {} {} inferred={} ({}) | copy_of {:?} | {} sentences\n    title: {:?}",
            a.id,
            a.outlet.as_deref().unwrap_or("-"),
            a.outlet_source.as_deref().unwrap_or("-"),
            a.agency.as_deref().map(|x| format!(" agency {x:?}")).unwrap_or_default(),
            a.published.date.as_deref().unwrap_or("-"),
            a.published.time.as_deref().unwrap_or("-"),
            a.published.inferred,
            a.published.evidence.as_deref().unwrap_or("-"),
            a.copy_of.as_deref(),
            a.sentences.len(),
            a.title.as_deref().unwrap_or("-"),
        )
        .unwrap();
    }
    writeln!(out, "\n# Actors").unwrap();
    for a in corpus.actors.iter() {
        writeln!(out, "{} ({}) {:?} aliases {:?} roles {:?}", a.id, a.kind.as_str(), a.name.as_ref(), a.aliases, a.roles).unwrap();
    }
    writeln!(out, "\n# Events").unwrap();
    for e in corpus.events.iter() {
        writeln!(
            out,
            "{} {} ({:?}{}) anchor {:?} actors [{}]\n    summary: {}",
            e.id,
            e.date.as_deref().unwrap_or("undated"),
            e.precision,
            if e.date_inferred { ", inferred" } else { "" },
            e.anchor.as_deref().unwrap_or("-"),
            e.actors.join(", "),
            short(&e.summary, 140),
        )
        .unwrap();
        if let Some(headline) = &e.headline {
            writeln!(out, "    headline: {headline}").unwrap();
        }
        for m in e.mentions.iter() {
            writeln!(out, "    - {}#{}: {}", &m.article[..3], m.sentence, short(&m.text, 110)).unwrap();
        }
    }
    writeln!(out, "\n# Quotes").unwrap();
    for q in corpus.quotes.iter() {
        writeln!(
            out,
            "{} {} speaker {}{} via {:?} event {}\n    “{}”",
            q.id,
            &q.article[..3],
            q.speaker.as_deref().unwrap_or("-"),
            if q.speaker_inferred { " (inferred)" } else { "" },
            q.attribution.as_deref().map(|a| short(a, 60)).unwrap_or_default(),
            q.event.as_deref().unwrap_or("-"),
            short(&q.text, 110),
        )
        .unwrap();
    }
    out
}

#[test]
fn seed_extraction_matches_the_reviewed_snapshot() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/seeds.txt");
    let actual = render();
    if std::env::var_os("NEWSLINE_BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(8)
            .map(|(i, (a, b))| format!("line {}:\n  snapshot: {a}\n  now:      {b}", i + 1))
            .collect();
        panic!(
            "the seed extraction changed ({} vs {} lines); review and re-record with NEWSLINE_BLESS=1\n{}",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}
