/**
 * CSV parsing with papaparse, in chunks, into a TableAccumulator: the text
 * is parsed 1 MB at a time, so no step holds the whole file as rows.
 */
import Papa from 'papaparse';
import { t } from '../../i18n';
import { fail, type Result } from './result';
import { TableAccumulator, type ParsedTable } from './table';

/** Bytes (or characters) parsed per chunk. */
export const CSV_CHUNK = 1024 * 1024;

/**
 * Parse CSV from `input` into a table. Rows must all have the header's
 * number of fields; a quote left open is an error too.
 * @param name the file name, for messages
 * @param bytes the file size, for the summary
 * @param note what to tell the user about the encoding, if anything
 */
export function parseCsv(
  text: string,
  name: string,
  bytes: number,
  note: string | null = null,
): Promise<Result<ParsedTable>> {
  const acc = new TableAccumulator(name, bytes);
  return new Promise((resolve) => {
    let delimiter = ',';
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve(acc.finish(delimiter, note));
    };
    // Papa's typings offer chunking for file input only; at run time it chunks text the same way.
    const config: Papa.ParseLocalConfig<string[], File> = {
      header: false,
      dynamicTyping: false,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t', '|'],
      chunkSize: CSV_CHUNK,
      chunk(results, parser) {
        delimiter = results.meta.delimiter || delimiter;
        const quote = results.errors.find((e) => e.type === 'Quotes');
        if (quote) {
          const row = acc.seenRows + (quote.row ?? 0) + 1;
          acc.abort(t('data:parse.openQuote', { name, row, detail: quote.message }));
          parser.abort();
          return;
        }
        if (acc.addRows(results.data)) parser.abort();
      },
      complete: done,
      error(err) {
        if (settled) return;
        settled = true;
        resolve(fail(t('data:parse.unreadable', { name, detail: err.message })));
      },
    };
    Papa.parse(text as unknown as File, config);
  });
}
