/**
 * The options of the analysis that made a quadrant's risk or value column, in the reader's words:
 * each option's label and value as the producer's own cell words them ("Model: logistic
 * regression; Share held out: 25%"), not the settings' codes ("model logistic, testFraction 0.25").
 * An option the producer's cell has no words for keeps its name; a list of rules shows their settings.
 */
import { i18n } from '../../../i18n/i18n.svelte.ts';
import { optionLabel, optionValue, unitParams } from '../../../components/optionsText.ts';

const plain = (v: unknown): v is string | number | boolean =>
  ['string', 'number', 'boolean'].includes(typeof v) && v !== '';

export function producerOptionsText(kind: string, options: unknown): string {
  if (!options || typeof options !== 'object') return '';
  const zh = i18n.locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  // A label naming the time unit ("Horizon ({unit})") names the unit the options say.
  const params = unitParams(kind, options);
  return Object.entries(options as Record<string, unknown>)
    .map(([k, v]) =>
      plain(v)
        ? `${optionLabel(kind, k, params)}${colon}${optionValue(kind, k, v)}`
        : Array.isArray(v) && v.every((item) => item && typeof item === 'object')
          ? v
              .map((item) =>
                Object.values(item as object)
                  .filter(plain)
                  .join(' '),
              )
              .join('; ')
          : '',
    )
    .filter((text) => text !== '')
    .join(zh ? '；' : '; ');
}
