//! What crosses the wasm boundary crosses in camelCase, as the page's
//! TypeScript names things (tsify generates its types from these): a key in
//! snake_case would reach the page under a name its types do not have.
//! (`ProgramEnd` and `ProgramPoll` are built with the `threads` feature only;
//! they carry the same attribute.) And a number the build copies from the
//! crate is the crate's.

use gil_playground::gil::GilConfig;
use gil_playground::gil_summary::{GilSummary, ThreadShare};
use gil_playground::runs::compare::{CompareSpec, TaskOutcome, ThreadsOutcome};
use gil_playground::trace::{Span, State};
use serde_json::Value;

/// Every key of `value`, at any depth.
fn keys(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                out.push(key.clone());
                keys(item, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
        _ => {}
    }
}

fn assert_camel_case(value: &impl serde::Serialize) -> Value {
    let json = serde_json::to_value(value).expect("serialises");
    let mut found = Vec::new();
    keys(&json, &mut found);
    for key in found {
        assert!(
            !key.contains('_') && key.starts_with(|c: char| c.is_ascii_lowercase()),
            "{key} in {json} is not camelCase"
        );
    }
    json
}

#[test]
fn what_the_page_receives_is_camel_case() {
    let span = Span {
        thread: 1,
        state: State::WaitingGil,
        start_ms: 1.0,
        end_ms: 2.0,
    };
    let outcome = TaskOutcome {
        id: 0,
        worker: 1,
        value: "1".into(),
        start_ms: 1.0,
        end_ms: 2.0,
    };
    let gil = GilSummary {
        enabled: true,
        switch_interval_ms: 5.0,
        handoffs: 3,
        median_handoff_period_ms: Some(5.0),
        threads: vec![ThreadShare {
            thread: 1,
            holding_fraction: 0.5,
            waiting_fraction: 0.5,
        }],
    };
    let json = assert_camel_case(&ThreadsOutcome {
        outcomes: vec![outcome],
        spans: vec![span],
        gil,
    });
    // The timeline's word for a thread is its lane; a state is a value, in snake_case.
    assert_eq!(
        json["spans"][0],
        serde_json::json!({"lane": 1, "state": "waiting_gil", "startMs": 1.0, "endMs": 2.0})
    );
    assert_eq!(json["outcomes"][0]["startMs"], 1.0);
}

#[test]
fn what_the_page_sends_is_camel_case_and_nothing_else() {
    let gil: GilConfig =
        serde_json::from_str(r#"{"enabled": false, "switchIntervalMs": 2}"#).expect("a GIL");
    assert!(!gil.enabled);
    assert!((gil.switch_interval_ms - 2.0).abs() < f64::EPSILON);
    assert!(gil.force_switching, "what is left out keeps its default");
    assert_camel_case(&gil);
    // A misspelt key would silently leave the default: it is refused.
    assert!(serde_json::from_str::<GilConfig>(r#"{"switch_interval_ms": 2}"#).is_err());

    let spec: CompareSpec = serde_json::from_str(
        r#"{"source": "def task(n): return n", "call": "task", "args": "[1]"}"#,
    )
    .expect("a spec");
    assert_camel_case(&spec);
    assert!(serde_json::from_str::<CompareSpec>(
        r#"{"source": "", "call": "task", "args": "[1]", "program": ""}"#
    )
    .is_err());
}

/// The threaded build's memory ends where the crate believes it does: the
/// link flag in .cargo/wasm-threads.toml is `memory::MAX_BYTES`.
#[test]
fn the_threaded_build_links_the_memory_the_crate_expects() {
    let config = include_str!("../../.cargo/wasm-threads.toml");
    let flag = format!(
        "\"link-arg=--max-memory={}\"",
        gil_playground::host::memory::MAX_BYTES
    );
    assert!(
        config.contains(&flag),
        "{flag} missing from .cargo/wasm-threads.toml"
    );
}
