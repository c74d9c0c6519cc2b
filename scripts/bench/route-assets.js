// The static reading of a built route now lives with the site's build code (the offline manifests use it at build
// time, and the build cannot reach scripts/): this path stays for the budget tests and the benchmark.
export * from '../../src/site/route-assets.js';
