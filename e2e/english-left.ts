/**
 * What is still in English on a page shown in Chinese: the visible text
 * and the names a screen reader reads (aria-label, title, placeholder),
 * less proper names and units (and "output", the name Keras and the saved
 * files give the last layer). Text a user or a file brought (a file name,
 * a column, a model's name) sits under `translate="no"` and is not counted.
 */
import type { Locator, Page } from '@playwright/test';

/** Names and units that stay as they are in Chinese: libraries, formats, layer and function names. */
export const KEPT_IN_ENGLISH = [
  'English',
  'TensorFlow',
  'TensorFlow.js',
  'tfjs',
  'Keras',
  'WebGL',
  'WebGPU',
  'WASM',
  'SIMD',
  'CPU',
  'GPU',
  'IndexedDB',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'URL',
  'MNIST',
  'LeNet',
  'CNN',
  'MLP',
  'XOR',
  'Iris',
  'Auto',
  'MPG',
  'mpg',
  'ReLU',
  'Leaky',
  'ELU',
  'SELU',
  'GELU',
  'tanh',
  'sigmoid',
  'softmax',
  'linear',
  'Swish',
  'Adam',
  'AdamW',
  'Adamax',
  'Adagrad',
  'AdaGrad',
  'Adadelta',
  'AdaDelta',
  'RMSprop',
  'SGD',
  'Nesterov',
  'MSE',
  'MAE',
  'RMSE',
  'Huber',
  'Dense',
  'Conv2D',
  'MaxPool',
  'MaxPooling2D',
  'AvgPool',
  'Flatten',
  'Dropout',
  'BatchNorm',
  'Glorot',
  'He',
  'LeCun',
  'Xavier',
  'Okabe',
  'Ito',
  'ln',
  'log',
  'exp',
  'max',
  'min',
  'px',
  'ms',
  'KB',
  'MB',
  'GB',
  'L1',
  'L2',
  'F1',
  'ROC',
  'AUC',
  'R2',
  'PWA',
  'HTTP',
  'HTTPS',
  'API',
  'ID',
  'id',
  'js',
  'output',
  'Conv',
  'MaxPooling',
  'AveragePooling',
  'BatchNormalization',
  'Transformer',
  'clipnorm',
  'scikit-learn',
  'Python',
  'NaN',
  'Infinity',
  'Fisher',
  'UTF',
  'HTML',
  'ZIP',
  'Windows',
  'Latin',
  'Ctrl',
  'Shift',
  'Alt',
  'Esc',
  'Escape',
  'Enter',
  'Tab',
  'Home',
  'End',
  'PgUp',
  'PgDn',
  'x',
  'y',
  'e',
];

/** The English words left under `scope`, each with where it was found, for a readable failure. */
export async function englishLeft(
  scope: Page | Locator,
  kept: readonly string[] = KEPT_IN_ENGLISH,
): Promise<string[]> {
  const root = 'locator' in scope && !('goto' in scope) ? scope : (scope as Page).locator('body');
  return root.evaluate((el, keptWords) => {
    const keptSet = new Set(keptWords.map((w) => w.toLowerCase()));
    const shown = (node: Element): boolean => {
      if (node.closest('[translate="no"], [aria-hidden="true"], script, style, noscript'))
        return false;
      const box = node.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      const style = getComputedStyle(node);
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
    };
    // Not words: an address's query (?backend=cpu), file names (model.json), code identifiers
    // (tensorflowjs_converter), and the English term glossed in full-width brackets (轮次（Epoch）).
    const notWords =
      /\?[\w=&.-]+|[\w-]+\.(?:json|bin|zip|py|csv|png|js|webmanifest)\b|\w+_\w+|（[^（）]*）/g;
    const words = (text: string): string[] =>
      (text.replace(notWords, ' ').match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter(
        (w) => !keptSet.has(w.toLowerCase()),
      );
    const found: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !shown(parent)) continue;
      const left = words(n.textContent ?? '');
      if (left.length)
        found.push(`${left.join(' ')} ← "${(n.textContent ?? '').trim().slice(0, 80)}"`);
    }
    for (const node of [el, ...el.querySelectorAll('*')]) {
      if (!shown(node)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(attr);
        const left = value ? words(value) : [];
        if (left.length)
          found.push(`${left.join(' ')} ← [${attr}="${(value ?? '').slice(0, 80)}"]`);
      }
    }
    return found;
  }, kept);
}
