/**
 * The words of the explanation popovers and the glossary themselves, in
 * every language. A text with “{title}” has a concept's title put in its place.
 */
import type { Text } from './types';

export const LEARN_TEXT = {
  explainButton: { en: 'What is “{title}”?', zh: '什么是“{title}”？' },
  formula: { en: 'Formula', zh: '公式' },
  watch: { en: 'What to watch for', zh: '需要注意' },
  where: { en: 'Where in the app', zh: '在应用中的位置' },
  related: { en: 'Related: ', zh: '相关概念：' },
  moreInGlossary: { en: 'More in the glossary', zh: '在术语表中查看更多' },
  showInApp: { en: 'Show in the app', zh: '在应用中显示' },
  glossary: { en: 'Glossary', zh: '术语表' },
  openGlossary: { en: 'Glossary', zh: '术语表' },
  close: { en: 'Close', zh: '关闭' },
  closeExplanation: { en: 'Close the explanation', zh: '关闭说明' },
  lifecycle: { en: 'From training to use', zh: '从训练到使用' },
  lifecycleIntro: {
    en: 'The life of a model, in the order the app walks through it. Each step says what happens and takes you to where the app does it.',
    zh: '模型的一生，按应用中的顺序排列。每一步说明发生了什么，并带你前往应用中对应的位置。',
  },
  concepts: { en: 'Concepts A–Z', zh: '概念（按英文字母 A–Z）' },
  letters: { en: 'Jump to a letter', zh: '按字母跳转' },
  language: { en: 'Language', zh: '语言' },
  stepConcepts: { en: 'Concepts in this step', zh: '本步骤涉及的概念' },
} as const satisfies Record<string, Text>;

/** The names of the languages, each written in itself. */
export const LANGUAGE_NAMES: Text = { en: 'English', zh: '中文' };

/** `template` with its “{title}” replaced by `title`. */
export const withTitle = (template: string, title: string): string =>
  template.replace('{title}', title);
