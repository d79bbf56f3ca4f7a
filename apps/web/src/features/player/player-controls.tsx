import { ActionIcon, Group, Menu, Slider, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { PlayerIcon } from './player-icons';
import { formatPlayerTime } from './player-keys';
import type { QualityChoice, QualityLevel } from './use-hls';
import classes from './video-player.module.css';

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export interface PlayerCaption {
  language: string;
  label: string;
}

export interface PlayerControlsProps {
  playing: boolean;
  currentTime: number;
  duration: number;
  /** The video can be sought (its playlist is loaded). */
  seekable: boolean;
  muted: boolean;
  rate: number;
  levels: QualityLevel[];
  quality: QualityChoice;
  playingLevel: QualityLevel | null;
  captions: PlayerCaption[];
  captionLanguage: string | null;
  fullscreen: boolean;
  onTogglePlay: () => void;
  onSeek: (seconds: number) => void;
  onToggleMute: () => void;
  onRateChange: (rate: number) => void;
  onQualityChange: (choice: QualityChoice) => void;
  onCaptionChange: (language: string | null) => void;
  onToggleFullscreen: () => void;
}

/** Below the picture (not over it): nothing hides the captions, and every button is a 40 px touch target. */
export function PlayerControls(props: PlayerControlsProps) {
  const { t } = useTranslation();
  const { playing, currentTime, duration, muted, fullscreen } = props;
  // While the thumb is dragged the slider shows where it is; the video seeks once, on release.
  const [scrubbing, setScrubbing] = useState<number | null>(null);
  const shown = scrubbing ?? currentTime;

  const handleSeekEnd = (seconds: number) => {
    setScrubbing(null);
    props.onSeek(seconds);
  };

  return (
    <div className={classes.controls}>
      <Slider
        className={classes.seek}
        value={Math.min(shown, duration || 0)}
        min={0}
        max={duration > 0 ? duration : 1}
        step={0.1}
        size="sm"
        thumbSize={18}
        disabled={!props.seekable}
        label={(value) => formatPlayerTime(value)}
        thumbLabel={t('learning.player.seek')}
        thumbProps={{ 'aria-valuetext': t('learning.player.time', { current: formatPlayerTime(shown), total: formatPlayerTime(duration) }) }}
        onChange={setScrubbing}
        onChangeEnd={handleSeekEnd}
      />
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Group gap={4} wrap="nowrap">
          <ControlButton label={t(playing ? 'learning.player.pause' : 'learning.player.play')} onClick={props.onTogglePlay}>
            <PlayerIcon name={playing ? 'pause' : 'play'} />
          </ControlButton>
          <ControlButton label={t(muted ? 'learning.player.unmute' : 'learning.player.mute')} onClick={props.onToggleMute}>
            <PlayerIcon name={muted ? 'muted' : 'volume'} />
          </ControlButton>
          <Text size="xs" c="gray.3" className={classes.time} aria-hidden="true" data-testid="player-time">
            {formatPlayerTime(shown)} / {formatPlayerTime(duration)}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          {props.captions.length > 0 && (
            <CaptionsMenu captions={props.captions} language={props.captionLanguage} onChange={props.onCaptionChange} />
          )}
          <SpeedMenu rate={props.rate} onChange={props.onRateChange} />
          {props.levels.length > 1 && (
            <QualityMenu levels={props.levels} quality={props.quality} playingLevel={props.playingLevel} onChange={props.onQualityChange} />
          )}
          <ControlButton label={t(fullscreen ? 'learning.player.exitFullscreen' : 'learning.player.fullscreen')} onClick={props.onToggleFullscreen}>
            <PlayerIcon name={fullscreen ? 'exitFullscreen' : 'fullscreen'} />
          </ControlButton>
        </Group>
      </Group>
    </div>
  );
}

interface ControlButtonProps {
  label: string;
  onClick?: () => void;
  children: React.ReactNode;
}

function ControlButton({ label, onClick, children }: ControlButtonProps) {
  return (
    <ActionIcon variant="subtle" color="gray.0" size={40} aria-label={label} title={label} onClick={onClick}>
      {children}
    </ActionIcon>
  );
}

// Menus stay inside the player (no portal): in full screen only the player's own elements show.
const MENU_PROPS = { position: 'top-end', withinPortal: false, shadow: 'md', offset: 4 } as const;

function SpeedMenu({ rate, onChange }: { rate: number; onChange: (rate: number) => void }) {
  const { t, i18n } = useTranslation();
  const format = (value: number) =>
    t('learning.player.speedValue', { rate: new Intl.NumberFormat(currentLanguage(i18n.resolvedLanguage) === 'id' ? 'id-ID' : 'en-GB').format(value) });
  return (
    <Menu {...MENU_PROPS}>
      <Menu.Target>
        <UnstyledButton className={classes.textButton} aria-label={`${t('learning.player.speed')}: ${format(rate)}`} title={t('learning.player.speed')}>
          {format(rate)}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('learning.player.speed')}</Menu.Label>
        <Menu.RadioGroup value={String(rate)} onChange={(value) => onChange(Number(value))}>
          {PLAYBACK_RATES.map((value) => (
            <Menu.RadioItem key={value} value={String(value)} closeMenuOnClick>
              {value === 1 ? `${format(value)} · ${t('learning.player.normalSpeed')}` : format(value)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}

interface QualityMenuProps {
  levels: QualityLevel[];
  quality: QualityChoice;
  playingLevel: QualityLevel | null;
  onChange: (choice: QualityChoice) => void;
}

function QualityMenu({ levels, quality, playingLevel, onChange }: QualityMenuProps) {
  const { t } = useTranslation();
  const autoLabel = quality === 'auto' && playingLevel ? t('learning.player.qualityAutoPlaying', { label: playingLevel.label }) : t('learning.player.qualityAuto');
  return (
    <Menu {...MENU_PROPS}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray.0" size={40} aria-label={t('learning.player.quality')} title={t('learning.player.quality')}>
          <PlayerIcon name="quality" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('learning.player.quality')}</Menu.Label>
        <Menu.RadioGroup value={String(quality)} onChange={(value) => onChange(value === 'auto' ? 'auto' : Number(value))}>
          <Menu.RadioItem value="auto" closeMenuOnClick>
            {autoLabel}
          </Menu.RadioItem>
          {levels.map((level) => (
            <Menu.RadioItem key={level.index} value={String(level.index)} closeMenuOnClick>
              {level.label}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}

interface CaptionsMenuProps {
  captions: PlayerCaption[];
  language: string | null;
  onChange: (language: string | null) => void;
}

function CaptionsMenu({ captions, language, onChange }: CaptionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu {...MENU_PROPS}>
      <Menu.Target>
        <ActionIcon
          variant={language ? 'light' : 'subtle'}
          color="gray.0"
          size={40}
          aria-label={t('learning.player.captions')}
          title={t('learning.player.captions')}
        >
          <PlayerIcon name="captions" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('learning.player.captions')}</Menu.Label>
        {/* "" is "off": a language code is never empty. */}
        <Menu.RadioGroup value={language ?? ''} onChange={(value) => onChange(value === '' ? null : value)}>
          <Menu.RadioItem value="" closeMenuOnClick>
            {t('learning.player.captionsOff')}
          </Menu.RadioItem>
          {captions.map((caption) => (
            <Menu.RadioItem key={caption.language} value={caption.language} closeMenuOnClick>
              {caption.label}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
