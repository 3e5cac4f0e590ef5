import { cliText } from '../i18n/cli.js';

export interface Progress {
  /** Undefined when nothing is shown: a loop given no callback need not yield to the event loop for a spinner. */
  update?: (done: number, total: number) => void;
  stop(): void;
}

/** A counter "12/110 tệp" on stderr after `text`, shown only on a TTY with a width and never with a machine format or --quiet. */
export async function startProgress(text: string, options: { quiet?: boolean; format?: string }, unit = cliText().progress.files): Promise<Progress> {
  // A terminal that reports no width (a pseudo-terminal without a size) would make the spinner clear lines forever.
  if (!process.stderr.isTTY || !(process.stderr.columns > 0) || options.quiet || (options.format && options.format !== 'stylish')) {
    return { stop: () => undefined };
  }
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: process.stderr }).start();
  return {
    update: (done, total) => {
      spinner.text = `${text} ${done}/${total} ${unit}`;
    },
    stop: () => spinner.stop(),
  };
}
