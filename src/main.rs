fn main() {
    orders_console::start();
}
