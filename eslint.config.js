// Lint: typescript-eslint plus the dependency rule of ARCHITECTURE.md as a boundaries policy.
// The boundaries plugin resolves relative paths and aliases alike, so `../store/x.js` and any alias
// are judged by the folder they land in.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const src = 'packages/swarm/src';
const sliceFolders = [
  'pipeline',
  'signals',
  'cadence',
  'threading',
  'scheduling',
  'research',
  'orchestration',
  'guardrails',
  'defence',
  'learning',
  'audit',
  'health',
  'compliance',
  'webhooks',
  'outbound',
  'inbound',
];

const elements = [
  { type: 'domain', pattern: `${src}/domain` },
  { type: 'ports', pattern: `${src}/ports` },
  { type: 'slice', pattern: `${src}/(${sliceFolders.join('|')})` },
  { type: 'adapters', pattern: `${src}/adapters` },
  { type: 'store', pattern: `${src}/store` },
  { type: 'jobs', pattern: `${src}/jobs` },
  { type: 'server', pattern: `${src}/server` },
  { type: 'cli', pattern: `${src}/cli` },
  { type: 'config', pattern: `${src}/config` },
  { type: 'main', pattern: `${src}/(main|bench|public)` },
  { type: 'test-support', pattern: `${src}/test-support` },
];

const allow = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

export default tseslint.config(
  { ignores: ['tools/**', '**/dist/**', '**/node_modules/**', '**/coverage/**', '.caio/**', 'packages/dashboard/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['packages/swarm/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': [`${src}/**/*.ts`],
      'import/resolver': { [new URL('./tools/eslint-import-resolver-relative-ts.cjs', import.meta.url).pathname]: {} },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read the environment only in src/config (STYLE.md §10).' },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            allow('domain', ['domain']),
            allow('ports', ['domain', 'ports']),
            allow('slice', ['domain', 'ports', 'slice']),
            allow('adapters', ['domain', 'ports', 'adapters']),
            allow('store', ['domain', 'ports', 'store']),
            allow('jobs', ['domain', 'ports', 'slice', 'config', 'jobs']),
            allow('server', ['domain', 'ports', 'slice', 'config', 'server']),
            allow('cli', ['domain', 'ports', 'slice', 'config', 'cli']),
            allow('config', ['config']),
            allow('main', ['domain', 'ports', 'slice', 'adapters', 'store', 'jobs', 'server', 'cli', 'config', 'main']),
            allow('test-support', ['domain', 'ports', 'slice', 'adapters', 'store', 'config', 'main', 'test-support']),
          ],
        },
      ],
    },
  },
  {
    files: [`${src}/config/**/*.ts`, '**/*.test.ts', `${src}/test-support/**/*.ts`, 'packages/swarm/test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', `${src}/test-support/**/*.ts`],
    rules: { 'boundaries/dependencies': 'off' },
  },
);
