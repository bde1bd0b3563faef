//! Readings by hand of articles: what a careful reader says each article holds.
//! The form is documented in `quality/README.md`.

use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingFile {
    #[serde(default)]
    pub article: Vec<ArticleReading>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleReading {
    pub file: String,
    pub url: Option<String>,
    pub query: Option<String>,
    pub outlet: Option<String>,
    #[serde(default)]
    pub outlet_also: Vec<String>,
    pub agency: Option<String>,
    pub published: Option<String>,
    #[serde(default)]
    pub actor: Vec<ActorReading>,
    #[serde(default)]
    pub event: Vec<EventReading>,
    #[serde(default)]
    pub quote: Vec<QuoteReading>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorReading {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventReading {
    pub event: String,
    pub date: String,
    pub key: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteReading {
    pub speaker: String,
    pub key: String,
}

/// Reads every `*.toml` in `dir`, sorted by name; an unreadable or malformed file is an error
/// naming it.
pub fn read_all(dir: &Path) -> Result<Vec<ArticleReading>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|err| format!("{}: {err}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut all = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        let file: ReadingFile = toml::from_str(&text).map_err(|err| format!("{}: {err}", path.display()))?;
        all.extend(file.article);
    }
    Ok(all)
}
