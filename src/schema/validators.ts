// A placeholder: `npm run build` overwrites dist/schema/validators.js with the validators compiled from schemas/*.json
// (scripts/compile-schemas.mjs), which the bundle then carries inline. Run from the sources (the tests), there are
// none, and load-schemas.ts compiles the schemas itself.
export {};
