export * from './source.js';
export * from './parse-yaml.js';
export * from './read-yaml-file.js';
export * from './resolve-locations.js';
