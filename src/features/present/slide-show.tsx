import { useEffect, useRef, useState } from 'react';
import { exportFailureReason } from '../../components/export/export-failure';
import type { Localized } from '../../domain/issues';
import { checkSlide } from '../../domain/slides/slide-check';
import type { Slide } from '../../lib/state/deck-store';
import { useRunningShow } from '../../lib/state/show-store';
import { useT } from '../../lib/language/use-language';
import { usePresentT } from './present-messages';
import { downloadSlidePng } from './slide-png';
import { useSlideKeys } from './use-slide-keys';
import { useSlideProvenance } from './use-slide-provenance';

const AUTO_CHOICES = [0, 10, 20, 30, 60];

/**
 * The live view behind a slide, without the app's chrome, at presentation scale — checked once
 * more where it is shown, so only the app's own routes ever load in the frame.
 */
function embedUrl(slide: Slide, position: number, language: string): { ok: true; src: string } | { ok: false; message: Localized } {
  const checked = checkSlide(slide, position);
  if (!checked.ok) return checked;
  const { view } = checked.slide;
  return { ok: true, src: `${view}${view.includes('?') ? '&' : '?'}embed=1&lang=${language}` };
}

/**
 * The frame may run the view's scripts and reach its same-origin storage (the dataset versions,
 * settings); it may not navigate the presenter's window, open pop-ups, submit forms or download.
 */
const SLIDE_SANDBOX = 'allow-scripts allow-same-origin';

/** Full-screen slides: one live view at a time, remote-friendly keys, counter, optional timer. */
export function SlideShow({ slides, index, onGo, onLeave }: { slides: Slide[]; index: number; onGo: (index: number) => void; onLeave: () => void }) {
  const t = usePresentT();
  const { language } = useT();
  const root = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [auto, setAuto] = useState(0);
  const [idle, setIdle] = useState(false);
  const [pngFailed, setPngFailed] = useState<{ slide: string; reason: Localized } | null>(null);
  const total = slides.length;
  const provenance = useSlideProvenance(slides[index]);
  // The frames show the version the show started on; a newer one waits for the show's end.
  const pin = useRunningShow();
  const go = (next: number) => onGo(Math.min(Math.max(next, 0), total - 1));
  useSlideKeys({ go, index, total, leave: onLeave });

  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    root.current?.focus();
    void root.current?.requestFullscreen?.().catch(() => undefined);
    // Leaving full screen (Esc in most browsers) leaves the show.
    const left = () => !document.fullscreenElement && leave.current();
    document.addEventListener('fullscreenchange', left);
    return () => {
      document.removeEventListener('fullscreenchange', left);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (auto === 0 || index >= total - 1) return;
    const timer = setTimeout(() => onGo(index + 1), auto * 1000);
    return () => clearTimeout(timer);
  }, [auto, index, total, onGo]);

  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), 2500);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), 2500);
    };
    window.addEventListener('mousemove', wake);
    return () => (clearTimeout(timer), window.removeEventListener('mousemove', wake));
  }, []);

  const slide = slides[index];
  if (!slide) return null;
  const embed = embedUrl(slide, index + 1, language);
  const savePng = async () => {
    setPngFailed(null);
    try {
      await downloadSlidePng(frame.current, provenance.fileName(), provenance.footer(new Date()));
    } catch (error) {
      setPngFailed({ slide: slide.id, reason: exportFailureReason(error) });
    }
  };
  return (
    <div ref={root} className={`slide-show ${idle ? 'idle' : ''}`} tabIndex={-1} role="region" aria-roledescription="slide show" aria-label={slide.title}>
      {embed.ok ? (
        <iframe ref={frame} key={slide.id} className="slide-frame" src={embed.src + pin} title={slide.title} tabIndex={-1} sandbox={SLIDE_SANDBOX} />
      ) : (
        <p role="alert" className="slide-refused">{embed.message[language]}</p>
      )}
      {pngFailed?.slide === slide.id && <p role="alert" className="slide-png-failed">{t('slidePngFailed', { n: index + 1, title: slide.title, reason: pngFailed.reason[language] })}</p>}
      <div className="slide-bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('previous')}>←</button>
        <span className="slide-counter" aria-live="polite">{t('counter', { n: index + 1, total })}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === total - 1} aria-label={t('next')}>→</button>
        <label>
          {t('autoAdvance')}{' '}
          <select value={auto} onChange={(e) => setAuto(Number(e.target.value))}>
            {AUTO_CHOICES.map((s) => <option key={s} value={s}>{s === 0 ? t('off') : t('seconds', { n: s })}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void savePng()} disabled={!embed.ok}>{t('slidePng')}</button>
        <button type="button" onClick={onLeave}>{t('exit')}</button>
      </div>
    </div>
  );
}
