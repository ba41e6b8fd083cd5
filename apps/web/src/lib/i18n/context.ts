import { getContext, setContext } from 'svelte';
import type { Translator } from './index';

const KEY = Symbol('i18n');

/** Set once, in the root layout, with a translator that follows the page's language. */
export function setTranslator(translator: Translator): Translator {
  return setContext(KEY, translator);
}

/** The translator for components: `const i18n = useI18n();` then `{i18n.t('pick.title')}`. */
export function useI18n(): Translator {
  const translator = getContext<Translator | undefined>(KEY);
  if (!translator) throw new Error('useI18n() needs the root layout to call setTranslator()');
  return translator;
}
