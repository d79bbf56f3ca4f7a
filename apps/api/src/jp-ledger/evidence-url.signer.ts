import { Injectable } from '@nestjs/common';
import { FileUrlSigner } from '../course-files/file-url-signer';

/**
 * Signed links to an external activity's evidence. The subject names its kind
 * (`jp-evidence:<activityId>`), so the signature can open nothing else. Handed out only by
 * resolvers that checked the caller is the learner or a reviewer of the agency.
 */
@Injectable()
export class EvidenceUrlSigner {
  constructor(private readonly signer: FileUrlSigner) {}

  url(activityId: string): string {
    return `/jp-ledger/evidence/${activityId}?${this.signer.signedQuery(subject(activityId))}`;
  }

  verify(activityId: string, exp: string | undefined, sig: string | undefined): boolean {
    return this.signer.verify(subject(activityId), exp, sig);
  }
}

const subject = (activityId: string) => `jp-evidence:${activityId}`;
