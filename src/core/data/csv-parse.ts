/**
 * CSV parsing with papaparse, in chunks, into a TableAccumulator. The caller
 * hands papaparse the input (a string here; a File in the data worker, which
 * streams it 1 MB at a time), so no step holds the whole file as rows.
 */
import Papa from 'papaparse';
import type { CsvEncoding } from './csv-encoding';
import { fail, type Result } from './result';
import { TableAccumulator, type ParsedTable } from './table';

/** Bytes (or characters) parsed per chunk. */
export const CSV_CHUNK = 1024 * 1024;

/** The input papaparse can stream: text here, a File or Blob in a browser. */
export type CsvInput = string | Blob;

/**
 * Parse CSV from `input` into a table. Rows must all have the header's
 * number of fields; a quote left open is an error too.
 * @param name the file name, for messages
 * @param bytes the file size, for the summary
 * @param encoding how a Blob's bytes are decoded (text input is already decoded)
 * @param note what to tell the user about the encoding, if anything
 */
export function parseCsv(
  input: CsvInput,
  name: string,
  bytes: number,
  encoding: CsvEncoding = 'utf-8',
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
    // Papa's typings tie the config to the input type; at run time one config serves text and files.
    const config: Papa.ParseLocalConfig<string[], File> = {
      header: false,
      dynamicTyping: false,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t', '|'],
      chunkSize: CSV_CHUNK,
      encoding,
      chunk(results, parser) {
        delimiter = results.meta.delimiter || delimiter;
        const quote = results.errors.find((e) => e.type === 'Quotes');
        if (quote) {
          const row = acc.seenRows + (quote.row ?? 0) + 1;
          acc.abort(
            `${name} is not valid CSV near row ${row}: a quoted value is never closed (${quote.message}). Check the quotes in that row.`,
          );
          parser.abort();
          return;
        }
        if (acc.addRows(results.data)) parser.abort();
      },
      complete: done,
      error(err) {
        if (settled) return;
        settled = true;
        resolve(fail(`${name} could not be read: ${err.message}`));
      },
    };
    Papa.parse(input as File, config);
  });
}
