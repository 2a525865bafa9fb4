//! The orders list's query keys are written once, in the domain crate
//! (`domain::orders::ORDERS_QUERY_KEYS`): the boot script, which sends the list's request
//! before the wasm runs, must name the same keys in the same order, or its early answer
//! would be for another list than the app asks for.

#[test]
fn the_boot_script_names_the_domains_orders_keys() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/boot/orders-console-boot.js");
    let script = std::fs::read_to_string(path).expect("the boot script");
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("const ORDERS_KEYS"))
        .expect("ORDERS_KEYS in the boot script");
    let list = &line[line.find('[').unwrap() + 1..line.find(']').unwrap()];
    let keys: Vec<&str> = list.split(',').map(|k| k.trim().trim_matches('"')).collect();
    assert_eq!(keys, domain::orders::ORDERS_QUERY_KEYS);
}
