/**
 * A short low tone for a code nobody knows, made with Web Audio (no sound file, works offline).
 * Silently does nothing where audio is unavailable: the flash and the list still tell the clerk.
 */
export function beep(): void {
  try {
    const AudioContextClass = window.AudioContext
    if (!AudioContextClass) return
    const audio = new AudioContextClass()
    const tone = audio.createOscillator()
    const volume = audio.createGain()
    tone.type = 'square'
    tone.frequency.value = 220
    volume.gain.value = 0.08
    tone.connect(volume)
    volume.connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.18)
    tone.onended = () => void audio.close()
  } catch {
    // No audio device: nothing to play.
  }
}
