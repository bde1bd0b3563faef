//! Scores Newsline's extraction of a folder of articles against readings by hand
//! (`quality/readings/*.toml`, form in `quality/README.md`). `cargo xtask quality DIR` runs it.

pub mod readings;
pub mod score;

use newsline_model::Corpus;
use score::{Report, Tally};
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

/// Extracts `dir` and scores it against the readings in `readings_dir`.
pub fn evaluate(dir: &Path, readings_dir: &Path) -> Result<(Corpus, Report), String> {
    let extraction = newsline_extract::extract_dir(dir).map_err(|d| d.to_string())?;
    let readings = readings::read_all(readings_dir)?;
    let mut raw = HashMap::new();
    for article in extraction.corpus.articles.iter() {
        let text = std::fs::read(dir.join(&*article.file)).map_err(|err| format!("{}: {err}", article.file))?;
        raw.insert(article.file.to_string(), String::from_utf8_lossy(&text).into_owned());
    }
    let report = score::score(&extraction.corpus, &raw, &readings);
    Ok((extraction.corpus, report))
}

/// The table of issue 10: measure, figure, what is needed.
pub fn table(report: &Report) -> String {
    let rows: [(&str, Tally, &str); 8] = [
        ("outlet of an article right", report.outlet, "≥ 90 %"),
        ("publication date right", report.published, "≥ 90 %"),
        ("event dates right (per mention)", report.event_dates, "≥ 90 %"),
        ("same happening, across articles, in one event (pairs)", report.together_across, "≥ 85 %"),
        ("same happening, within an article, in one event (pairs)", report.together_within, "—"),
        ("different happenings kept apart (pairs)", report.apart, "≥ 98 %"),
        ("quotes attributed to the right speaker", report.quotes, "≥ 90 %"),
        ("actors' aliases resolved to one actor", report.aliases, "≥ 90 %"),
    ];
    let mut out = format!(
        "articles read: {}; events extracted: {} ({} told by more than one article); event keys in titles, not scored: {}\n\n",
        report.articles, report.events, report.events_across, report.title_keys
    );
    out.push_str("| measure | right | of | % | needed |\n|---|---|---|---|---|\n");
    for (name, tally, needed) in rows {
        let _ = writeln!(out, "| {name} | {} | {} | {:.0} % | {needed} |", tally.right, tally.total, tally.percent());
    }
    out
}

/// `count` events picked evenly at random for a reader to judge: the same draw for the
/// same events and `seed` (0 is the draw of the earlier reports), another for another
/// seed, so that a draw rules were tuned on can be followed by one they were not.
pub fn sample(corpus: &Corpus, count: usize, seed: u64) -> String {
    let mut order: Vec<usize> = (0..corpus.events.len()).collect();
    // xorshift's state may not be 0: the seed is mixed in by an odd multiple.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0xD1B5_4A32_D192_ED03);
    if state == 0 {
        state = 0x9E37_79B9_7F4A_7C15;
    }
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let outlet_of: HashMap<&str, &str> = corpus.articles.iter().map(|a| (&*a.id, a.outlet.as_deref().unwrap_or(&a.file))).collect();
    let mut out = String::new();
    for &i in order.iter().take(count) {
        let event = &corpus.events[i];
        let _ = writeln!(
            out,
            "\n{} {} ({:?}{})\n  {}",
            event.id,
            event.date.as_deref().unwrap_or("undated"),
            event.precision,
            if event.date_inferred { ", inferred" } else { "" },
            event.title()
        );
        // As the page shows it: a headline names the event, the sentence under it is how
        // an outlet told it.
        if event.headline.is_some() {
            let _ = writeln!(out, "  as told: {}", event.summary);
        }
        for mention in event.mentions.iter() {
            // A passing mention names the event inside a sentence that tells another: the reader judges it as that.
            let passing = if mention.passing { " (in passing)" } else { "" };
            let _ = writeln!(out, "  - [{}]{passing} {}", outlet_of.get(&*mention.article).unwrap_or(&"?"), mention.text);
        }
    }
    out
}
