import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { RecordExternalActivityDocument } from '../../gql/generated';
import type { MyExternalActivityFragment } from '../../gql/generated';
import { RestApiError, errorField } from '../../lib/api-error';
import { useFileUpload } from '../../lib/use-file-upload';
import { activityFieldOf } from './activity-form';
import type { ActivityDraft, ActivityField } from './activity-form';
import { uploadEvidence } from './upload-evidence';

/** Why the last submit did not record the activity, and the form field it is about (null: the form as a whole). */
export interface RecordFailure {
  error: unknown;
  field: ActivityField | null;
  /** The evidence file of that submit: a problem with the file is shown only while it is still the one chosen. */
  file: File;
}

export type RecordPhase = { step: 'idle' } | { step: 'uploading'; fraction: number | null } | { step: 'saving' };

/** The upload's refusals of the file itself (its bytes, its size) belong next to the file input. */
function uploadErrorField(error: unknown): ActivityField | null {
  if (!(error instanceof RestApiError)) return null;
  return error.status === 413 || error.status === 415 || error.details.code === 'BAD_USER_INPUT' ? 'file' : null;
}

/**
 * Records an activity outside Lentera: uploads its evidence (with progress), then calls
 * `recordExternalActivity`; the ledger and the list are fetched again before it resolves.
 * An upload that worked is reused when only the other fields needed fixing.
 */
export function useRecordActivity() {
  const { state: upload, upload: runUpload, cancel: cancelUpload } = useFileUpload();
  const [record, { loading: saving }] = useMutation(RecordExternalActivityDocument, {
    refetchQueries: ['MyJpLedger', 'MyExternalActivities'],
    awaitRefetchQueries: true,
  });
  const [recordFailure, setRecordFailure] = useState<RecordFailure | null>(null);
  /** The file whose upload `upload.phase === 'failed'` is about. */
  const [uploadAttempt, setUploadAttempt] = useState<File | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const uploaded = useRef<{ file: File; uploadId: string } | null>(null);
  // A ref, not state: a second tap arrives before React has rendered the first one's "busy".
  const inFlight = useRef(false);

  const uploadIdFor = async (file: File): Promise<string | null> => {
    if (uploaded.current?.file === file) {
      setUploadAttempt(null);
      return uploaded.current.uploadId;
    }
    setUploadAttempt(file);
    const answer = await runUpload((request) => uploadEvidence({ file, ...request }));
    if (!answer) return null;
    uploaded.current = { file, uploadId: answer.uploadId };
    return answer.uploadId;
  };

  /** The recorded activity, or null when it failed (see `failure`), was cancelled, or a submit is already running. */
  const submit = async (draft: ActivityDraft): Promise<MyExternalActivityFragment | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setSubmitting(true);
    setRecordFailure(null);
    try {
      const uploadId = await uploadIdFor(draft.file);
      if (!uploadId) return null;
      const { data } = await record({ variables: { input: { ...draft.input, uploadId } } });
      uploaded.current = null;
      return data?.recordExternalActivity ?? null;
    } catch (error) {
      const field = activityFieldOf(errorField(error));
      // Not found or already used: the next submit has to upload the file again.
      if (field === 'file') uploaded.current = null;
      setRecordFailure({ error, field, file: draft.file });
      return null;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const failure: RecordFailure | null =
    recordFailure ?? (upload.phase === 'failed' && uploadAttempt ? { error: upload.error, field: uploadErrorField(upload.error), file: uploadAttempt } : null);

  const phase: RecordPhase = upload.phase === 'uploading' ? { step: 'uploading', fraction: upload.fraction } : saving ? { step: 'saving' } : { step: 'idle' };

  /** Forgets the last failure (the learner changed what it was about). */
  const dismissFailure = () => {
    setRecordFailure(null);
    setUploadAttempt(null);
  };

  return { phase, busy: submitting, failure, submit, cancelUpload, dismissFailure };
}
