fn main() {
    peace_talks_explainer::start();
}
