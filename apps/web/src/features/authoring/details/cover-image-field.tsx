import { AspectRatio, Box, Button, Center, FileButton, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateCourseDetailsDocument } from '../../../gql/generated';
import { useCourseEditing } from '../course-editing';
import { UploadProgress } from '../upload-progress';
import { useCourseFileUpload } from '../use-course-file-upload';

const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

/** The cover image: uploaded, then set on the draft at once. */
export function CoverImageField() {
  const { t } = useTranslation();
  const { course, run, readOnly } = useCourseEditing();
  const { state, upload, cancel } = useCourseFileUpload(course.id, 'image');
  const [updateDetails] = useMutation(UpdateCourseDetailsDocument);
  const uploading = state.phase === 'uploading';

  const handlePick = async (file: File | null) => {
    if (!file) return;
    const uploaded = await upload(file);
    if (!uploaded) return;
    await run((revision) =>
      updateDetails({ variables: { courseId: course.id, revision, input: { coverImageId: uploaded.id } } }),
    );
  };

  return (
    <Box component="section" aria-labelledby="course-cover-heading">
      <Title order={2} size="h3" id="course-cover-heading" mb="sm">
        {t('authoring.cover.title')}
      </Title>
      <Group align="flex-start" gap="md">
        <Box w={{ base: '100%', xs: 280 }}>
          <AspectRatio ratio={16 / 9}>
            {course.coverImage ? (
              <Image src={course.coverImage.url} alt={t('authoring.cover.alt')} radius="md" fit="cover" />
            ) : (
              <Center bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
                <Text size="sm" c="dimmed">
                  {t('authoring.cover.none')}
                </Text>
              </Center>
            )}
          </AspectRatio>
        </Box>
        <Stack gap="xs" style={{ flex: '1 1 220px' }}>
          <Text size="sm" c="dimmed">
            {t('authoring.cover.hint')}
          </Text>
          <FileButton onChange={(file) => void handlePick(file)} accept={IMAGE_TYPES} disabled={readOnly || uploading}>
            {(props) => (
              <Button {...props} variant="light" style={{ alignSelf: 'flex-start' }} disabled={readOnly || uploading}>
                {course.coverImage ? t('authoring.cover.replace') : t('authoring.cover.upload')}
              </Button>
            )}
          </FileButton>
          <UploadProgress state={state} onCancel={cancel} />
        </Stack>
      </Group>
    </Box>
  );
}
