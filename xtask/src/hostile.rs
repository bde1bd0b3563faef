//! A temporary seed folder of hostile text for the browser test `tests/hostile.rs`:
//! markup, script and `javascript:` payloads in article text and in sources.toml.

use std::path::PathBuf;

pub fn write_seed_folder() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("newsline-hostile-seeds-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let article = "October 7, 2016, 5:16 pm\n\n\
        Lavrov <script>window.__pwned = 1</script> said on Friday that Russia is ready.\n\n\
        \"We will <img src=x onerror=\"window.__pwned = 1\"> support the plan,\" Lavrov said.\n\n\
        Read more at <a href=\"javascript:window.__pwned = 1\">this link</a> about Aleppo.\n";
    let other = "MOSCOW, October 7. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that Russia is ready to support the plan.\n";
    let sources =
        "[[source]]\nfile = \"001_payload.txt\"\noutlet = \"<b onclick=\\\"window.__pwned = 1\\\">Evil</b> Times\"\nurl = \"javascript:window.__pwned = 1\"\n";
    for (name, text) in [("001_payload.txt", article), ("002_plain.txt", other), ("sources.toml", sources)] {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(dir)
}
