/** How class names read in sentences and labels ("class 3", "Class 0"). Pure. */

/** "3" → "class 3"; a name that already says "Class …" is kept as it is. */
export const classPhrase = (name: string): string =>
  /^class\b/i.test(name) ? name : `class ${name}`;

/** "7 test samples of class 3 predicted as class 5" */
export function cellLabel(count: number, trueName: string, predictedName: string): string {
  const samples = count === 1 ? 'test sample' : 'test samples';
  return `${count} ${samples} of ${classPhrase(trueName)} predicted as ${classPhrase(predictedName)}`;
}
