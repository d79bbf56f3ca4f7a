import { Button, CopyButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The certificate's public verification link, to read, select, copy or open. */
export function ShareLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('certificates.mine.share')}
          value={url}
          readOnly
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="certificate-share-url"
        />
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('certificates.mine.copied') : t('certificates.mine.copy')} withArrow>
              <Button variant={copied ? 'filled' : 'light'} color={copied ? 'green' : undefined} onClick={copy} data-testid="certificate-copy-link">
                {copied ? t('certificates.mine.copied') : t('certificates.mine.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('certificates.mine.shareHint')}
      </Text>
    </div>
  );
}

