// The generated corpus, shared by the criterion bench and the profiling and seed-writing
// examples. (Included with `include!`, so it expects `Input`, `read_seed_folder` and `Path`
// in scope.)

/// A small deterministic generator (no dependency needed for this).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Writes generated articles into `dir` as seed files, with a `sources.toml` giving them
/// `outlets` in turn when there are any (else the folder has no `sources.toml`).
#[allow(dead_code)] // Not every includer writes seed folders.
fn write_seed_folder(dir: &Path, inputs: &[Input], outlets: &[&str]) {
    std::fs::create_dir_all(dir).expect("creates the seed folder");
    let mut sources = String::new();
    for (i, input) in inputs.iter().enumerate() {
        std::fs::write(dir.join(&input.file), &input.text).expect("writes a seed file");
        if !outlets.is_empty() {
            sources.push_str(&format!("[[source]]\nfile = \"{}\"\noutlet = \"{}\"\n\n", input.file, outlets[i % outlets.len()]));
        }
    }
    if !outlets.is_empty() {
        std::fs::write(dir.join("sources.toml"), sources).expect("writes sources.toml");
    }
}

pub fn generated_corpus(target_bytes: usize) -> Vec<Input> {
    let seeds = read_seed_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds");
    let paragraphs: Vec<&str> = seeds
        .inputs
        .iter()
        .flat_map(|i| i.text.split('\n'))
        .map(str::trim)
        .filter(|p| p.split_whitespace().count() > 8)
        .collect();
    let vocabulary: Vec<&str> = paragraphs.iter().flat_map(|p| p.split_whitespace()).collect();
    let mut rng = Lcg(0x5eed);
    let months = ["Aug", "Sep", "Oct"];
    let mut inputs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut text = String::new();
        if rng.below(20) != 0 {
            text.push_str(&format!("{} {}, 2016 {:02}:{:02}\n\n", 1 + rng.below(28), months[rng.below(3)], rng.below(24), rng.below(60)));
        }
        text.push_str("Russia ready to back the plan for Aleppo\n\n");
        for _ in 0..8 + rng.below(12) {
            let paragraph = paragraphs[rng.below(paragraphs.len())];
            let words: Vec<&str> = paragraph
                .split_whitespace()
                .map(|w| if rng.below(5) == 0 { vocabulary[rng.below(vocabulary.len())] } else { w })
                .collect();
            text.push_str(&words.join(" "));
            text.push_str("\n\n");
        }
        total += text.len();
        inputs.push(Input { file: format!("{:05}.txt", inputs.len()), text });
    }
    inputs
}

