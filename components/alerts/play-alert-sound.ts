/** Two short tones through Web Audio: no file to load, and silent where the browser refuses sound without a gesture. */
export function playAlertSound(): void {
  try {
    const Ctx = window.AudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    [880, 660].forEach((hz, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.08;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.18);
      osc.stop(ctx.currentTime + i * 0.18 + 0.15);
    });
    setTimeout(() => void ctx.close().catch(() => {}), 1000);
  } catch {
    // No audio device, or autoplay blocked: the toast and the notification still say it.
  }
}
