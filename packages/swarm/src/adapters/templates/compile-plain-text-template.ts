import Handlebars from 'handlebars';
import { CaioError } from '../../domain/errors.js';
import type { RenderTemplate } from '../../ports/angle-library.js';

/** One isolated Handlebars environment: no global helpers or partials leak in or out. */
const handlebars = Handlebars.create();

/**
 * Compiles a plain-text email template: no HTML escaping (`noEscape`) and `strict`, so a variable
 * the context does not define throws instead of rendering empty. Syntax errors are raised here, at
 * load time, as `CaioError('config_invalid')` naming `fileLabel`.
 */
export function compilePlainTextTemplate(source: string, fileLabel: string): RenderTemplate {
  try {
    handlebars.parse(source);
  } catch (error) {
    throw new CaioError(
      'config_invalid',
      `${fileLabel}: template syntax error (${(error as Error).message.split('\n')[0]}). Fix the Handlebars markup, e.g. close every {{#if}} with {{/if}}.`,
      { cause: error },
    );
  }
  const template = handlebars.compile(source, { strict: true, noEscape: true });
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw new CaioError(
        'input_invalid',
        `${fileLabel}: ${(error as Error).message}. Use only the variables listed at the top of angles.yaml, and wrap optional ones in {{#if …}}.`,
        { cause: error },
      );
    }
  };
}
