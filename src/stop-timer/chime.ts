/**
 * A soft, short tone made with Web Audio (an oscillator through a gain envelope; no file, no network).
 * It stays silent until `arm()` has been called from a person's gesture, so nothing ever plays by itself.
 */
export class Chime {
  private context: AudioContext | undefined;
  private armed = false;

  /**
   * Call from a user gesture (a click on Start, Resume…): from now on `play()` may sound.
   * With `prepare`, the audio context is made (or woken) now, inside the gesture.
   */
  arm(prepare: boolean): void {
    this.armed = true;
    if (prepare) this.ensureContext();
  }

  /** Plays the tone if armed; returns whether it did. */
  play(): boolean {
    if (!this.armed) return false;
    const context = this.ensureContext();
    if (!context) return false;
    try {
      this.sound(context);
      return true;
    } catch {
      return false;
    }
  }

  /** Releases the audio context (on disconnect); a later `play()` after the gesture makes a new one. */
  dispose(): void {
    const context = this.context;
    this.context = undefined;
    if (context && context.state !== 'closed') void context.close().catch(() => undefined);
  }

  protected sound(context: AudioContext): void {
    const at = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(659.25, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.95);
  }

  private ensureContext(): AudioContext | undefined {
    if (this.context && this.context.state !== 'closed') {
      if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
      return this.context;
    }
    const Ctor =
      globalThis.AudioContext ?? (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return undefined;
    try {
      this.context = new Ctor();
    } catch {
      this.context = undefined;
    }
    return this.context;
  }
}
