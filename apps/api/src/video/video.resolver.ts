import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { MediaUrlSigner } from '../media/media-url-signer';
import { toVideoModel } from './video.mapper';
import { VideoModel } from './video.model';
import { VideoService } from './video.service';

/** Videos for the authors of their course's agency (uploads go through tus, captions through POST /videos/:id/captions). */
@Resolver(() => VideoModel)
export class VideoResolver {
  constructor(
    private readonly videos: VideoService,
    private readonly urls: MediaUrlSigner,
  ) {}

  @SignedIn()
  @Query(() => VideoModel, { nullable: true, description: 'A video of a course the caller authors (polled while it is processing)' })
  async video(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<VideoModel> {
    return toVideoModel(await this.videos.find(actor, id), this.urls);
  }

  @SignedIn()
  @Mutation(() => VideoModel, { description: 'A FAILED video is transcoded again (authors)' })
  async retryVideo(@CurrentActor() actor: Actor, @Args('videoId', { type: () => ID }) videoId: string): Promise<VideoModel> {
    return toVideoModel(await this.videos.retry(actor, videoId), this.urls);
  }

  @SignedIn()
  @Mutation(() => VideoModel)
  async removeVideoCaption(
    @CurrentActor() actor: Actor,
    @Args('videoId', { type: () => ID }) videoId: string,
    @Args('language', { type: () => String }) language: string,
  ): Promise<VideoModel> {
    return toVideoModel(await this.videos.removeCaption(actor, videoId, language), this.urls);
  }
}
