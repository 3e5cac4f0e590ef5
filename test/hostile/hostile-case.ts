/** One bad input and what the tool must say about it. */
export interface HostileCase {
  name: string;
  group: 'workbook' | 'csv' | 'yaml' | 'path';
  /** CLI arguments (`--format json` is added for check and validate). */
  args: string[];
  /** The diagnostic code the output must hold (none for usage errors). */
  code?: string;
  /** Expected exit code (default 1). */
  exit?: number;
  /** Strings that must not reach stdout or stderr (raw control characters). */
  forbid?: string[];
  /** Most stdout a case may print (a 32,767-character cell must not be echoed whole). */
  stdoutMax?: number;
  /** An input file that must come out of the run byte for byte the same. */
  keep?: string;
  /** Further checks on the parsed JSON output. */
  verify?: (json: { files?: { file: string; diagnostics: { code: string; message: string }[] }[] }) => void;
}
