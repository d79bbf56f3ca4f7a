import type { LocalizedMessage } from '@lentera/errors';

/**
 * Why a video could not be made playable, for the instructor who uploaded it: what happened and
 * what to do. The probe's own reasons (not a video, too long, too large) come from @lentera/media.
 */
export const transcodeFailure = {
  sourceMissing: (): LocalizedMessage => ({
    id: 'Berkas video aslinya tidak ditemukan di server. Unggah ulang videonya.',
    en: 'The original video file is not on the server any more. Upload the video again.',
  }),
  undecodable: (): LocalizedMessage => ({
    id: 'Video ini tidak dapat diolah; berkasnya mungkin rusak atau terpotong. Ekspor ulang video dari aplikasi penyuntingnya (MP4, H.264), lalu unggah lagi.',
    en: 'This video could not be processed; the file may be damaged or cut short. Export the video again from its editing application (MP4, H.264), then upload it again.',
  }),
  incomplete: (): LocalizedMessage => ({
    id: 'Pengolahan video tidak menghasilkan semua berkas pemutaran. Coba olah ulang; jika gagal lagi, ekspor ulang videonya (MP4, H.264) dan unggah lagi.',
    en: 'Processing did not produce every playback file. Try processing it again; if it fails again, export the video again (MP4, H.264) and upload it again.',
  }),
  timeout: (timeoutMs: number): LocalizedMessage => ({
    id: `Pengolahan video ini memakan waktu lebih dari ${Math.round(timeoutMs / 60_000)} menit dan dihentikan. Unggah video yang lebih pendek, atau bagi menjadi beberapa bagian.`,
    en: `Processing this video took more than ${Math.round(timeoutMs / 60_000)} minutes and was stopped. Upload a shorter video, or split it into parts.`,
  }),
  /** Every attempt met a problem of the server (not of the file). */
  interrupted: (): LocalizedMessage => ({
    id: 'Video tidak dapat diolah karena gangguan di server. Coba olah ulang beberapa saat lagi.',
    en: 'The video could not be processed because of a server problem. Try processing it again in a while.',
  }),
};
