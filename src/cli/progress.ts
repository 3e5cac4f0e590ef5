import { pick } from '../diagnostics/index.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A counter "12/110 tệp" on stderr, shown only on a TTY and never with a machine format or --quiet. */
export async function startProgress(text: { vi: string; en: string }, options: { quiet?: boolean; format?: string }): Promise<Progress> {
  if (!process.stderr.isTTY || options.quiet || (options.format && options.format !== 'stylish')) {
    return { update: () => undefined, stop: () => undefined };
  }
  const { default: ora } = await import('ora');
  const spinner = ora({ text: pick(text), stream: process.stderr }).start();
  const unit = pick({ vi: 'tệp', en: 'files' });
  return {
    update: (done, total) => {
      spinner.text = `${pick(text)} ${done}/${total} ${unit}`;
    },
    stop: () => spinner.stop(),
  };
}
