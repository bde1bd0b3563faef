//! The curated knowledge files in `data/`, parsed once.
//!
//! They are compiled into the extractor, so the CLI and `build.rs` need no paths.
//! Each file documents its own format; a malformed file fails every test at once.

use crate::word_filter::WordSet;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Furniture {
    pub labels: Vec<String>,
    pub credit_markers: Vec<String>,
    pub icon_words: Vec<String>,
    pub caption_credits: Vec<String>,
    pub chrome_words: Vec<String>,
    pub weak_chrome_words: Vec<String>,
    pub prompt_verbs: Vec<String>,
    pub strong_prompt_verbs: Vec<String>,
    pub comment_words: Vec<String>,
    pub second_person: Vec<String>,
    pub first_person_plural: Vec<String>,
    pub appeal_words: Vec<String>,
    pub stopwords: Vec<String>,
    pub photo_words: Vec<String>,
    pub caption_cues: Vec<String>,
    pub caption_labels: Vec<String>,
    pub self_reference_nouns: Vec<String>,
    pub bio_roles: Vec<String>,
    pub bio_cues: Vec<String>,
    pub disclaimer_cues: Vec<String>,
    /// Present verbs of what a picture shows ("passes through", "stands"): with a month and
    /// day but no year at a line's end, a caption.
    pub scene_verbs: Vec<String>,
    pub name_particles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutletMarker {
    pub name: String,
    #[serde(default)]
    pub markers: Vec<String>,
    #[serde(default)]
    pub self_references: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletsFile {
    outlet: Vec<OutletMarker>,
}

/// A publisher and the addresses it publishes at (`data/publishers.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    pub domains: Vec<String>,
    /// A wire agency, whose copies run on other sites.
    #[serde(default)]
    pub agency: bool,
}

/// How a host that is not in the list is named (`[naming]` in `data/publishers.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostNaming {
    pub platforms: Vec<String>,
    pub drop_prefixes: Vec<String>,
    pub second_levels: Vec<String>,
    pub country_codes: Vec<String>,
    pub words: Vec<String>,
    /// Listed words a masthead opens with before a name of its own ("Daily Sabah").
    pub masthead_openers: Vec<String>,
    /// Listed words that alone name a kind of medium, no outlet ("radio.gov.pk" is no "Radio").
    pub medium_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publishers {
    pub naming: HostNaming,
    pub publisher: Vec<Publisher>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    pub titles: Vec<String>,
    pub groups: Vec<Vec<String>>,
    pub pronouns: Vec<String>,
    pub honorifics: Honorifics,
    pub gender: Gender,
}

/// Honorifics before a name, by the gender they tell (see `data/roles.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Honorifics {
    pub male: Vec<String>,
    pub female: Vec<String>,
    pub neutral: Vec<String>,
}

/// Titles and given names that tell whom "she" and "he" can be (see `data/roles.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gender {
    pub female_titles: Vec<String>,
    pub male_titles: Vec<String>,
    pub female_names: Vec<String>,
    pub male_names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownActor {
    pub name: String,
    pub kind: newsline_model::ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// The state or body this actor is part of and speaks for ("Kremlin" → "Russia").
    #[serde(default)]
    pub part_of: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    actor: Vec<KnownActor>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    groups: Vec<Vec<String>>,
}

/// Word → the first word of its synonym group (see `data/synonyms.toml`). Hashed with
/// `FxHash`, as the other word tables: it is looked up for every hyphenated pair of words
/// and every new token (with SipHash, ~23 M instructions more on the 12 MB corpus); only looked up,
/// never iterated.
pub fn synonyms() -> &'static rustc_hash::FxHashMap<String, String> {
    static CELL: OnceLock<rustc_hash::FxHashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let file: SynonymsFile = parse("synonyms.toml", include_str!("../data/synonyms.toml"));
        let mut map = rustc_hash::FxHashMap::default();
        for group in file.groups {
            for word in &group {
                map.insert(word.to_lowercase(), group[0].to_lowercase());
            }
        }
        map
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActsFile {
    nouns: Vec<String>,
}

/// Nouns naming a happening (see `data/acts.toml`), folded by the synonym groups.
pub fn act_nouns() -> &'static rustc_hash::FxHashSet<String> {
    static CELL: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let file: ActsFile = parse("acts.toml", include_str!("../data/acts.toml"));
        file.nouns.iter().map(|n| fold_synonym(&n.to_lowercase()).to_string()).collect()
    })
}

/// Whether a lower-cased word names a happening (`act_nouns`, its synonyms folded).
pub fn is_act_noun(lower: &str) -> bool {
    act_nouns().contains(fold_synonym(lower))
}

/// The verb forms that tell a main clause's tense (`data/tense.toml`), as sets.
pub struct TenseWords {
    pub frame_openers: WordSet,
    pub relative_openers: WordSet,
    pub verb_adverbs: WordSet,
    pub modals: WordSet,
    pub present_verbs: WordSet,
    pub relation_verbs: WordSet,
    pub irregular_past: WordSet,
    pub not_past: WordSet,
    pub irregular_participles: WordSet,
    pub statement_participles: WordSet,
    pub first_person: WordSet,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenseFile {
    frame_openers: Vec<String>,
    relative_openers: Vec<String>,
    verb_adverbs: Vec<String>,
    modals: Vec<String>,
    present_verbs: Vec<String>,
    relation_verbs: Vec<String>,
    irregular_past: Vec<String>,
    not_past: Vec<String>,
    irregular_participles: Vec<String>,
    statement_participles: Vec<String>,
    first_person: Vec<String>,
}

pub fn tense_words() -> &'static TenseWords {
    static CELL: OnceLock<TenseWords> = OnceLock::new();
    CELL.get_or_init(|| {
        let f: TenseFile = parse("tense.toml", include_str!("../data/tense.toml"));
        let set = |v: Vec<String>| v.into_iter().collect::<WordSet>();
        TenseWords {
            frame_openers: set(f.frame_openers),
            relative_openers: set(f.relative_openers),
            verb_adverbs: set(f.verb_adverbs),
            modals: set(f.modals),
            present_verbs: set(f.present_verbs),
            relation_verbs: set(f.relation_verbs),
            irregular_past: set(f.irregular_past),
            not_past: set(f.not_past),
            irregular_participles: set(f.irregular_participles),
            statement_participles: set(f.statement_participles),
            first_person: set(f.first_person),
        }
    })
}

/// A lower-case word folded to the first word of its synonym group, if it has one.
pub fn fold_synonym(word: &str) -> &str {
    synonyms().get(word).map_or(word, String::as_str)
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|err| panic!("data/{file} is malformed: {err}"))
}

pub fn furniture() -> &'static Furniture {
    static CELL: OnceLock<Furniture> = OnceLock::new();
    CELL.get_or_init(|| parse("furniture.toml", include_str!("../data/furniture.toml")))
}

pub fn outlets() -> &'static [OutletMarker] {
    static CELL: OnceLock<Vec<OutletMarker>> = OnceLock::new();
    CELL.get_or_init(|| parse::<OutletsFile>("outlets.toml", include_str!("../data/outlets.toml")).outlet)
}

pub fn publishers() -> &'static Publishers {
    static CELL: OnceLock<Publishers> = OnceLock::new();
    CELL.get_or_init(|| parse("publishers.toml", include_str!("../data/publishers.toml")))
}

pub fn roles() -> &'static Roles {
    static CELL: OnceLock<Roles> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut roles: Roles = parse("roles.toml", include_str!("../data/roles.toml"));
        // Longest first, so "Deputy Defense Minister" wins over "Minister".
        roles.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        roles
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    countries: Vec<(String, String)>,
}

/// The curated actors (`data/actors.toml`), then every other state (`data/countries.toml`).
pub fn known_actors() -> &'static [KnownActor] {
    static CELL: OnceLock<Vec<KnownActor>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut actors = parse::<ActorsFile>("actors.toml", include_str!("../data/actors.toml")).actor;
        let countries = parse::<CountriesFile>("countries.toml", include_str!("../data/countries.toml")).countries;
        for (name, adjective) in countries {
            if actors.iter().any(|a| a.name == name) {
                continue;
            }
            let mut demonyms: Vec<String> = [format!("{name}'s"), format!("{name}’s")].into();
            demonyms.extend((!adjective.is_empty()).then_some(adjective));
            actors.push(KnownActor { name, kind: newsline_model::ActorKind::Country, aliases: Vec::new(), demonyms, note: None, part_of: None });
        }
        actors
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_and_is_not_empty() {
        assert!(!furniture().labels.is_empty());
        assert!(outlets().iter().any(|o| o.markers.iter().any(|m| m == "TASS")));
        assert!(roles().titles.iter().any(|t| t == "Foreign Minister"));
        assert!(publishers().publisher.len() >= 100, "{}", publishers().publisher.len());
        assert!(known_actors().iter().any(|a| a.aliases.iter().any(|x| x == "Fateh al-Sham Front")));
        assert_eq!(synonyms().get("militants").map(String::as_str), Some("fighter"));
        assert!(act_nouns().contains("agreement") && act_nouns().contains(fold_synonym("deal")));
        assert!(known_actors().iter().any(|a| a.name == "Hungary" && a.demonyms.iter().any(|d| d == "Hungarian")));
        assert!(tense_words().present_verbs.contains("belongs") && tense_words().modals.contains("will"));
    }

    #[test]
    fn titles_are_sorted_longest_first() {
        let titles = &roles().titles;
        assert!(titles.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
}
