export { createAiSdkLanguageModel, type AiSdkLanguageModelSettings } from './create-ai-sdk-language-model.js';
export { mapAiSdkError } from './map-ai-sdk-error.js';
