import { z } from 'zod';

/** Environment variable names: upper-case letters, digits and `_`, not starting with a digit. */
const environmentVariableName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'llm.apiKeyEnv must be an environment variable name such as CAIO_LLM_API_KEY');

/**
 * `llm:` — the optional language model (SPEC §1 principle 5 "Deterministic core, optional LLM"). Absent
 * means no LLM: every feature runs on templates and rules. When present it may improve reply intent
 * classification (threading spec §7 rule 2, "layered classifier") and reply drafts; every model call goes
 * through the defence module (specs/security.md INJ-4, INJ-7) and falls back to the rules on any failure.
 *
 * The API key is never in the file: `apiKeyEnv` names the environment variable that holds it.
 *
 * @example llm: { provider: 'openai-compatible', model: 'llama3.1', baseUrl: 'http://127.0.0.1:11434/v1', apiKeyEnv: null }
 * @example llm: { provider: 'anthropic', model: 'claude-sonnet-4-5' }
 */
export const llmConfigSchema = z
  .strictObject({
    /** `openai-compatible` (OpenAI, vLLM, Ollama, LM Studio, any `/v1/chat/completions` server) or `anthropic`. */
    provider: z.enum(['openai-compatible', 'anthropic']),
    /** The provider's model id, e.g. `gpt-4.1-mini` or `claude-sonnet-4-5`. */
    model: z.string().trim().min(1, 'llm.model names the provider model id, e.g. gpt-4.1-mini'),
    /**
     * Base URL of the API including its version path, e.g. `https://api.openai.com/v1` or
     * `http://127.0.0.1:11434/v1`. Required for `openai-compatible`; optional for `anthropic` (default
     * `https://api.anthropic.com/v1`).
     */
    baseUrl: z.url({ protocol: /^https?$/, error: 'llm.baseUrl must be an http(s):// URL' }).optional(),
    /**
     * Name of the environment variable holding the API key (default `CAIO_LLM_API_KEY`). `null` means the
     * server needs no key (a local `openai-compatible` server only).
     */
    apiKeyEnv: environmentVariableName.nullable().default('CAIO_LLM_API_KEY'),
    /** Per-call timeout in milliseconds (default 60,000: specs/security.md RES-2 "LLM 60 s"). */
    timeoutMs: z.number().int().min(1_000).max(600_000).default(60_000),
    /** The LLM layer of reply intent classification (threading spec §7 rule 2). */
    intent: z
      .strictObject({
        /** Ask the model after the deterministic rules (default true). */
        enabled: z.boolean().default(true),
      })
      .prefault({}),
    /** LLM-written reply drafts (COMMUNICATOR); the template reply is used on any failure. */
    replyDrafts: z
      .strictObject({
        /** Draft question / information-request / objection replies with the model (default true). */
        enabled: z.boolean().default(true),
      })
      .prefault({}),
  })
  .superRefine((llm, context) => {
    if (llm.provider === 'openai-compatible' && llm.baseUrl === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['baseUrl'],
        message:
          'llm.provider openai-compatible needs llm.baseUrl, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1.',
      });
    }
    if (llm.provider === 'anthropic' && llm.apiKeyEnv === null) {
      context.addIssue({
        code: 'custom',
        path: ['apiKeyEnv'],
        message: 'llm.provider anthropic always needs an API key: set llm.apiKeyEnv (default CAIO_LLM_API_KEY).',
      });
    }
  })
  .optional();

/** What a config file may contain under `llm:`. */
export type LlmConfigInput = z.input<typeof llmConfigSchema>;
/** The validated `llm:` settings, or `undefined` when no LLM is configured. */
export type LlmConfig = z.output<typeof llmConfigSchema>;
