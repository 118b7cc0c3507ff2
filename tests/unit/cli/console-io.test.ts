import { spawn } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { streamIo } from '../../../cli/command';

/**
 * The command line's output when the reader goes away: `groundwork validate a b | head -1` closes
 * the pipe after one line, and the next write fails with EPIPE. The command ends quietly, with its
 * own exit status, instead of an unhandled 'error' event and a stack trace.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const samples = ['contract-review.groundwork', '智能客服落地.groundwork'].map((f) => path.join(root, 'samples', f));

const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });

/** A stream whose reader has gone: every write fails with EPIPE. */
function closedPipe(): Writable & { attempts: number } {
  const stream = Object.assign(new Writable({ write: (_chunk, _encoding, done) => done(epipe()) }), { attempts: 0 });
  const write = stream.write.bind(stream);
  stream.write = ((...args: Parameters<typeof write>) => {
    stream.attempts++;
    return write(...args);
  }) as typeof stream.write;
  return stream;
}

/** Runs the command line from its sources (as `npx groundwork` would, built) with its standard output or error closed at once. */
function runClosed(args: string[], close: 'stdout' | 'stderr'): Promise<{ status: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'index.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child[close].destroy();
  let stderr = '';
  let stdout = '';
  if (close !== 'stderr') child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  if (close !== 'stdout') child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr, stdout })));
}

describe('the command line’s output', { timeout: 60_000 }, () => {
  it('drops the rest of its lines, quietly, once a stream is closed', async () => {
    const stdout = closedPipe();
    const stderr = closedPipe();
    const io = streamIo(stdout, stderr);
    io.out('first');
    io.err('first');
    await new Promise((resolve) => setTimeout(resolve, 20));
    io.out('second');
    io.err('second');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([stdout.attempts, stderr.attempts]).toEqual([1, 1]);
  });

  it('ends `validate … | head -1` quietly, with its own exit status', async () => {
    const good = await runClosed(['validate', ...samples, ...samples], 'stdout');
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    const bad = await runClosed(['validate', samples[0]!, path.join(root, 'no-such.groundwork')], 'stderr');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('ok — ');
  });
});
