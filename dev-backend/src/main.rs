//! `dev-backend [--port 8080] [--orders 2000] [--seed 42] [--data-dir .dev-data]
//!              [--dist dist] [--latency-ms 0] [--simulate-progress SECONDS] [--fresh]
//!              [--exit-with-stdin]`
//!
//! `--simulate-progress SECONDS` moves one order of each customer on every so many seconds
//! (see `progress.rs`), for live updates.
//! `--port 0` picks a free port; the first line printed names it. `--exit-with-stdin` stops
//! the server when its standard input closes, so a test run that dies leaves none behind.
use std::path::PathBuf;
use std::time::Instant;

use dev_backend::{app, data, store::Store, AppState};

struct Args {
    port: u16,
    orders: usize,
    seed: u64,
    data_dir: PathBuf,
    dist: Option<PathBuf>,
    latency_ms: u64,
    simulate_progress: Option<u64>,
    fresh: bool,
    exit_with_stdin: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        port: 8080,
        orders: 2_000,
        seed: 42,
        data_dir: PathBuf::from(".dev-data"),
        dist: None,
        latency_ms: 0,
        simulate_progress: None,
        fresh: false,
        exit_with_stdin: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => args.port = value()?.parse().map_err(|e| format!("--port: {e}"))?,
            "--orders" => args.orders = value()?.parse().map_err(|e| format!("--orders: {e}"))?,
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--data-dir" => args.data_dir = PathBuf::from(value()?),
            "--dist" => args.dist = Some(PathBuf::from(value()?)),
            "--latency-ms" => args.latency_ms = value()?.parse().map_err(|e| format!("--latency-ms: {e}"))?,
            "--simulate-progress" => {
                args.simulate_progress = Some(value()?.parse().map_err(|e| format!("--simulate-progress: {e}"))?)
            }
            "--fresh" => args.fresh = true,
            "--exit-with-stdin" => args.exit_with_stdin = true,
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(args)
}

#[tokio::main]
async fn main() {
    let args = parse_args().unwrap_or_else(|message| {
        eprintln!("{message}\nusage: dev-backend [--port 8080] [--orders 2000] [--seed 42] [--data-dir .dev-data] [--dist dist] [--latency-ms 0] [--simulate-progress SECONDS] [--fresh] [--exit-with-stdin]");
        std::process::exit(2)
    });
    let started = Instant::now();
    let dataset = data::generate(args.seed, args.orders);
    let generated_in = started.elapsed();
    let file = args.data_dir.join(format!("writes-seed{}.json", args.seed));
    if args.fresh {
        let _ = std::fs::remove_file(&file);
    }
    let store = Store::open(dataset, Some(file.clone())).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", file.display());
        std::process::exit(1)
    });
    let state = AppState::new(store, args.latency_ms);
    if let Some(seconds) = args.simulate_progress {
        dev_backend::routes::progress::spawn(state.clone(), seconds, args.seed);
    }
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await.unwrap_or_else(|e| {
        eprintln!("cannot listen on 127.0.0.1:{}: {e}", args.port);
        std::process::exit(1)
    });
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(args.port);
    println!(
        "dev-backend: {} orders generated in {:.0?}; writes in {}; serving http://127.0.0.1:{port}",
        args.orders,
        generated_in,
        file.display(),
    );
    if args.exit_with_stdin {
        std::thread::spawn(|| {
            let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
            std::process::exit(0);
        });
    }
    axum::serve(listener, app(state, args.dist))
        .with_graceful_shutdown(async {
            tokio::signal::ctrl_c().await.ok();
        })
        .await
        .expect("server error");
}
