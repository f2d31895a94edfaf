/**
 * Actions of the learning aids: the language of the explanations and the
 * glossary's opening and closing.
 */
import type { Language } from '../../core/learn/types';
import { switchLanguage, t } from '../../i18n';
import { startedDataApi } from '../../worker/data-client';
import { storeLanguage } from '../learn/language-place';
import { engineApiIfStarted } from '../engine-ref';
import { useStore } from '../store';

/** Show the app in `language`, and remember it. */
export function setLanguage(language: Language): void {
  useStore.setState({ language });
  storeLanguage(language);
}

/**
 * Make `language` the one every word is shown in: the page's translations,
 * the document's `lang`, title and description, and the engine's and data
 * service's messages.
 */
export function applyLanguage(language: Language): void {
  switchLanguage(language);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
    document.title = t('shell:app.title', { lng: language });
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('shell:app.description', { lng: language }));
  }
  tellWorker(() => engineApiIfStarted()?.setLanguage(language));
  tellWorker(() => startedDataApi()?.setLanguage(language));
}

/**
 * Pass the language on to a worker. One that cannot take it (closing, or a
 * stand-in without the method) keeps wording its messages as before; a
 * started worker is told the language again when it starts anew.
 */
function tellWorker(send: () => unknown): void {
  try {
    void Promise.resolve(send()).catch(() => undefined);
  } catch {
    // The stand-in has no setLanguage: nothing to tell.
  }
}

/** Open the glossary, at `concept` when one is given. */
export function openGlossary(concept: string | null = null): void {
  useStore.setState({ glossary: { open: true, concept } });
}

export function closeGlossary(): void {
  useStore.setState({ glossary: { open: false, concept: null } });
}
