import type { TimerCue } from './timer-cue';

let context: AudioContext | null = null;

/** Notes (Hz) of each cue: one soft note at 2 minutes left, a falling pair at time up. */
const notes: Record<TimerCue | 'preview', number[]> = { warning: [660], end: [660, 494], preview: [660] };

/**
 * Plays a short, quiet sine tone through WebAudio: no audio files, nothing fetched. Silently does
 * nothing where audio is not available.
 */
export function playCue(cue: TimerCue | 'preview'): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.02;
    notes[cue].forEach((frequency, i) => {
      if (!context) return;
      const at = start + i * 0.4;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.7);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.75);
    });
  } catch {
    // No audio device, or audio blocked: the colours still tell the room.
  }
}
