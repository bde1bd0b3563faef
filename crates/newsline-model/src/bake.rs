//! Turns a [`Corpus`] into Rust source for a `static`, so the app embeds the
//! extracted corpus as plain data: nothing is parsed in the browser.
//!
//! Every list becomes its own `static` array (`static L7: [Event; 12] = [..];`)
//! and is referenced as `Cow::Borrowed(&L7)`, which keeps the whole tree a
//! constant expression.

use crate::*;
use std::fmt::Write;

/// Collects the list statics while an expression is being baked.
#[derive(Default)]
pub struct Baker {
    statics: String,
    next: usize,
}

/// A value that can be written as a constant Rust expression.
pub trait Bake {
    /// The Rust type path of the value, as seen from the generated code.
    fn type_path() -> String;
    fn bake(&self, baker: &mut Baker) -> String;
}

/// Rust source defining `pub static <name>: newsline_model::Corpus`.
pub fn corpus_source(name: &str, corpus: &Corpus) -> String {
    let mut baker = Baker::default();
    let expr = corpus.bake(&mut baker);
    format!("{}\npub static {name}: ::newsline_model::Corpus = {expr};\n", baker.statics)
}

impl Bake for Text {
    fn type_path() -> String {
        "::newsline_model::Text".into()
    }
    fn bake(&self, _: &mut Baker) -> String {
        // `{:?}` of a str is a valid Rust string literal.
        format!("::std::borrow::Cow::Borrowed({:?})", self.as_ref())
    }
}

impl<T: Bake + Clone> Bake for List<T> {
    fn type_path() -> String {
        format!("::newsline_model::List<{}>", T::type_path())
    }
    fn bake(&self, baker: &mut Baker) -> String {
        let items: Vec<String> = self.iter().map(|item| item.bake(baker)).collect();
        let name = format!("L{}", baker.next);
        baker.next += 1;
        let _ = writeln!(baker.statics, "static {name}: [{}; {}] = [{}];", T::type_path(), items.len(), items.join(", "));
        format!("::std::borrow::Cow::Borrowed(&{name})")
    }
}

impl<T: Bake> Bake for Option<T> {
    fn type_path() -> String {
        format!("Option<{}>", T::type_path())
    }
    fn bake(&self, baker: &mut Baker) -> String {
        match self {
            Some(value) => format!("Some({})", value.bake(baker)),
            None => "None".into(),
        }
    }
}

macro_rules! bake_plain {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn type_path() -> String { stringify!($ty).into() }
            fn bake(&self, _: &mut Baker) -> String { format!("{:?}", self) }
        }
    )*};
}
bake_plain!(bool, u32);

macro_rules! bake_enum {
    ($ty:ident) => {
        impl Bake for $ty {
            fn type_path() -> String {
                concat!("::newsline_model::", stringify!($ty)).into()
            }
            fn bake(&self, _: &mut Baker) -> String {
                format!(concat!("::newsline_model::", stringify!($ty), "::{:?}"), self)
            }
        }
    };
}
bake_enum!(ActorKind);
bake_enum!(Precision);

macro_rules! bake_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn type_path() -> String {
                concat!("::newsline_model::", stringify!($ty)).into()
            }
            fn bake(&self, baker: &mut Baker) -> String {
                let mut out = String::from(concat!("::newsline_model::", stringify!($ty), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    out.push_str(&self.$field.bake(baker));
                    out.push_str(", ");
                )*
                out.push('}');
                out
            }
        }
    };
}
bake_struct!(Corpus { articles, actors, events, quotes });
bake_struct!(Article { id, file, outlet, outlet_source, agency, url, title, published, text, sentences, copy_of });
bake_struct!(Published { date, time, inferred, evidence });
bake_struct!(Sentence { text, start, end, paragraph, heading });
bake_struct!(Actor { id, name, kind, aliases, roles });
bake_struct!(Event { id, date, time, precision, date_inferred, anchor, summary, headline, actors, mentions });
bake_struct!(Mention { article, text, sentence, passing });
bake_struct!(Quote { id, article, speaker, attribution, speaker_inferred, text, event, sentence });
