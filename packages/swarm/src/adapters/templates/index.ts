export { loadAngleLibrary, defaultResourcesDir } from './load-angle-library.js';
export { compilePlainTextTemplate } from './compile-plain-text-template.js';
