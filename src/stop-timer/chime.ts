import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A soft, short tone made with Web Audio (an oscillator through a gain envelope; no file, no network).
 * It sounds only while `enabled()` (the element's `chime`), and stays silent until a person's gesture
 * inside the element has armed it, so nothing ever plays by itself.
 */
export class Chime implements ReactiveController {
  private context: AudioContext | undefined;
  private armed = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
    // Any real gesture inside the widget allows the chime (before a click's own handler runs).
    const onGesture = (event: Event) => {
      if (event.isTrusted) this.arm();
    };
    for (const type of ['pointerdown', 'keydown', 'click']) host.addEventListener(type, onGesture, { capture: true });
  }

  /** A page calling start()/resume() from its own click may chime too. */
  armIfActivated(): void {
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (activation?.isActive) this.arm();
  }

  hostDisconnected(): void {
    this.dispose();
  }

  /** Plays the tone if enabled and armed; returns whether it did. */
  play(): boolean {
    if (!this.enabled() || !this.armed) return false;
    const context = this.ensureContext();
    if (!context) return false;
    try {
      this.sound(context);
      return true;
    } catch {
      return false;
    }
  }

  /** From a person's gesture: from now on `play()` may sound; with the chime on, the audio context is made (or woken) now, inside the gesture. */
  private arm(): void {
    this.armed = true;
    if (this.enabled()) this.ensureContext();
  }

  /** Releases the audio context (on disconnect); a later `play()` after the gesture makes a new one. */
  private dispose(): void {
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
