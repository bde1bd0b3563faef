//! Generated hostile input for the whole pipeline: `cargo xtask fuzz N` runs N cases
//! (`examples/fuzz.rs`), `tests/fuzz.rs` a short run. Each case is one to three
//! article files as bytes (article-shaped text with noise, odd Unicode, huge lines, deep
//! quote nesting, legacy encodings, binary data) and sometimes a `sources.toml`; they go
//! through [`crate::input::decode`], [`crate::input::parse_sources`] and [`crate::extract`].
//! The generator is deterministic: case `seed` is the same on every machine.

use crate::{Input, Source};

/// SplitMix64: small, fast, and good enough to vary input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "Sergey Lavrov",
    "Lavrov",
    "Sergei Lavrov",
    "Staffan de Mistura",
    "de Mistura",
    "Mr de Mistura",
    "Vladimir Putin",
    "Dmitry Peskov",
    "John Kerry",
    "Samantha Power",
    "Ban Ki-moon",
    "Bashar al-Assad",
    "the Russian Foreign Ministry",
    "Russia",
    "the United States",
    "Syria",
    "the UN Security Council",
    "Jabhat al-Nusra",
    "al-Nusra",
    "the Kremlin",
    "Moscow",
    "Damascus",
    "the minister",
    "Russia's top diplomat",
    "He",
    "She",
    "They",
    "TASS",
    "Reuters",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "warned",
    "added",
    "noted",
    "quoted Lavrov as saying",
    "was quoted by TASS as saying",
    "announced",
    "backed",
    "proposed",
    "rejected",
    "met",
    "called for",
    "accused",
    "according to",
];
const OBJECTS: &[&str] = &[
    "the plan to escort the fighters out of Aleppo",
    "a ceasefire in eastern Aleppo",
    "the French draft resolution",
    "that Moscow is ready to help",
    "the offer of the UN envoy",
    "joint law-and-order bodies",
    "the humanitarian pause",
];
const TIMES: &[&str] = &[
    "on Friday",
    "on October 7, 2016",
    "last week",
    "on Thursday evening",
    "in September",
    "a year later",
    "since 2011",
    "within two months",
    "after the September 19 attack",
    "on 7 Oct",
    "back in February",
    "",
];
const LINES: &[&str] = &[
    "7 Oct, 2016 12:29",
    "Published: Friday, October 7, 2016 - 10:32",
    "MOSCOW, October 7. /TASS/.",
    "BEIRUT (Reuters) -",
    "Updated 4:05 PM ET",
    "Share this article",
    "Follow us on Twitter",
    "Read more:",
    "(Reporting by A. Writer; Editing by B. Editor)",
    "https://www.rt.com/news/361948-lavrov-nusra-aleppo/",
    "© 2016 Example News",
    "RT reports:",
    "Comments (12)",
    "By John Smith | Agency | Published: 2016-10-07",
    "Russia ready to back the plan for Aleppo",
];
/// Characters that stress text handling: combining marks, right-to-left and zero-width
/// marks, line and paragraph separators, fullwidth and curly punctuation, emoji.
const ODD: &[&str] = &[
    "\u{301}",
    "\u{200b}",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{ff0e}",
    "\u{3002}",
    "…",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "\"",
    "'",
    "🇷🇺",
    "👍🏽",
    "\u{fffd}",
    "ß",
    "İ",
    "ﬁ",
    "Ω",
    "ǅ",
    "\r",
    "\t",
    "\u{85}",
    "\u{a0}",
    ".",
    "!?",
    "U.S.",
    "Mr.",
    "—",
    "\u{10ffff}",
    "Σ",
    "ς",
    "ı",
    "𝔸",
];

/// What one generated article stresses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Page lines and sentences made of the words news is made of.
    Article,
    /// An article with odd characters sprinkled through it.
    Noisy,
    /// Quotes nested hundreds deep, balanced or not.
    DeepQuotes,
    /// One line of 16 to 256 KB without a break.
    HugeLine,
    /// An article in Latin-1 bytes.
    Latin1,
    /// Random bytes.
    Binary,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Article, Kind::Noisy, Kind::DeepQuotes, Kind::HugeLine, Kind::Latin1, Kind::Binary];

    /// Mostly articles; a huge line one time in a thousand (so a million cases stay a few GB).
    fn draw(rng: &mut Rng) -> Kind {
        match rng.below(1000) {
            0 => Kind::HugeLine,
            1..=20 => Kind::Binary,
            21..=60 => Kind::Latin1,
            61..=160 => Kind::DeepQuotes,
            161..=500 => Kind::Noisy,
            _ => Kind::Article,
        }
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let quote = rng.one_in(3);
    if quote && rng.one_in(2) {
        out.push_str(rng.pick(&["“", "\"", "«", "‘"]));
        out.push_str(rng.pick(OBJECTS));
        out.push_str(rng.pick(&[",” ", ",\" ", "» ", "’ ", " "]));
    }
    out.push_str(rng.pick(NAMES));
    out.push(' ');
    out.push_str(rng.pick(VERBS));
    out.push(' ');
    if quote && rng.one_in(2) {
        out.push_str(rng.pick(&[": “", " “", ", \"", " «"]));
    }
    out.push_str(rng.pick(OBJECTS));
    let time = rng.pick(TIMES);
    if !time.is_empty() {
        out.push(' ');
        out.push_str(time);
    }
    out.push_str(rng.pick(&[". ", ".” ", ".\" ", "? ", "! ", "… ", " ", ".\n"]));
}

fn article_text(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(25) {
        match rng.below(4) {
            0 => out.push_str(rng.pick(LINES)),
            _ => (0..1 + rng.below(8)).for_each(|_| sentence(rng, &mut out)),
        }
        out.push_str(rng.pick(&["\n", "\n\n", "\r\n", "\n \n", "\n\n\n"]));
    }
    out
}

fn noisy(rng: &mut Rng) -> String {
    let text = article_text(rng);
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(c);
        if rng.one_in(12) {
            (0..1 + rng.below(3)).for_each(|_| out.push_str(rng.pick(ODD)));
        }
        // Control characters, rarely: more than one byte in a hundred is binary data.
        if rng.one_in(400) {
            out.push_str(rng.pick(&["\u{0}", "\u{7}", "\u{1b}", "\u{8}"]));
        }
    }
    out
}

fn deep_quotes(rng: &mut Rng) -> String {
    let depth = 1 + rng.below(2000);
    let marks: Vec<&str> = (0..depth).map(|_| rng.pick(&["“", "‘", "«", "\"", "„", "'"])).collect();
    let mut out = String::new();
    sentence(rng, &mut out);
    marks.iter().for_each(|m| out.push_str(m));
    sentence(rng, &mut out);
    // Close all, some, or with the wrong marks.
    let closing = if rng.one_in(3) { rng.below(depth) } else { depth };
    for _ in 0..closing {
        out.push_str(rng.pick(&["”", "’", "»", "\"", "'"]));
    }
    out.push_str(" he said.\n\n");
    out.push_str(&article_text(rng));
    out
}

fn huge_line(rng: &mut Rng) -> String {
    let size = (16 << 10) + rng.below(240 << 10);
    let mut out = String::with_capacity(size + 200);
    while out.len() < size {
        sentence(rng, &mut out);
        if out.ends_with('\n') {
            out.pop();
        }
        if rng.one_in(50) {
            out.push_str(rng.pick(ODD));
        }
    }
    out
}

fn article_bytes(kind: Kind, rng: &mut Rng) -> Vec<u8> {
    match kind {
        Kind::Article => article_text(rng).into_bytes(),
        Kind::Noisy => noisy(rng).into_bytes(),
        Kind::DeepQuotes => deep_quotes(rng).into_bytes(),
        Kind::HugeLine => huge_line(rng).into_bytes(),
        // Characters beyond Latin-1 become '?', as a legacy editor saves them.
        Kind::Latin1 => noisy(rng).chars().map(|c| if (c as u32) < 256 { c as u8 } else { b'?' }).collect(),
        Kind::Binary => (0..1 + rng.below(4096)).map(|_| rng.next() as u8).collect(),
    }
}

/// A `sources.toml` for the case's files, well-formed or not.
fn sources_text(rng: &mut Rng, files: &[String]) -> String {
    let mut out = String::new();
    for file in files {
        out.push_str(&format!("[[source]]\nfile = \"{file}\"\n"));
        if rng.one_in(2) {
            out.push_str(rng.pick(&["outlet = \"RT\"\n", "url = \"https://www.rt.com/news/2016/10/07/x\"\n", "site = \"tass.com\"\n"]));
        }
    }
    if rng.one_in(4) {
        // Cut it anywhere (on a char boundary) or add a stray line.
        let cut = rng.below(out.len() + 1);
        out.truncate(out.floor_char_boundary(cut));
        out.push_str(rng.pick(&["", "outlet = [\n", "= =\n", "[[source]\nfile = \"", "url = \"\u{0}\"\n"]));
    }
    out
}

/// One generated case: the inputs that decode, their sources, and how many were refused.
pub struct Case {
    pub seed: u64,
    pub inputs: Vec<Input>,
    pub sources: Vec<Source>,
    pub refused: usize,
    pub bytes: usize,
}

/// Case `seed`, its first article of `first` kind (else drawn like the others).
pub fn case(seed: u64, first: Option<Kind>) -> Case {
    let mut rng = Rng(seed);
    let articles = 1 + rng.below(3);
    let (mut inputs, mut refused, mut bytes) = (Vec::new(), 0, 0);
    let files: Vec<String> = (0..articles).map(|k| format!("{seed}_{k}.txt")).collect();
    for (k, file) in files.iter().enumerate() {
        let kind = if k == 0 { first.unwrap_or_else(|| Kind::draw(&mut rng)) } else { Kind::draw(&mut rng) };
        let raw = article_bytes(kind, &mut rng);
        bytes += raw.len();
        match crate::input::decode(&raw) {
            Ok(decoded) if !decoded.text.trim().is_empty() => inputs.push(Input { file: file.clone(), text: decoded.text }),
            _ => refused += 1,
        }
    }
    let sources = if rng.one_in(3) { crate::input::parse_sources(&sources_text(&mut rng, &files)).unwrap_or_default() } else { Vec::new() };
    Case { seed, inputs, sources, refused, bytes }
}

/// Runs a case through the whole extraction; the corpus's size, to keep the work observable.
pub fn run(case: &Case) -> usize {
    let corpus = crate::extract(&case.inputs, &case.sources);
    corpus.articles.len() + corpus.events.len() + corpus.quotes.len()
}
