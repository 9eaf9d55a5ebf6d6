"""Text as read: documents, paragraph and sentence segmentation, language identification."""
