package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.cloudtrail.StoreShapes.TagShape;
import dev.eventlake.store.catalog.Tag;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AddTags, RemoveTags and ListTags (section 2.7) over every kind of taggable resource the server has. */
public final class TagOperations {
  private static final int MAXIMUM_LISTED_RESOURCES = 20;
  private final List<TagTarget> targets;

  /** A kind of resource that carries tags, such as event data stores or channels. */
  public interface TagTarget {
    /** Whether {@code resourceId} (an ARN, or an ID) names a resource of this kind. */
    boolean owns(String resourceId);

    /** The resource's ARN, checking that it exists. */
    String arn(String resourceId);

    List<Tag> tags(String resourceId);

    void replaceTags(String resourceId, List<Tag> tags);
  }

  public TagOperations(List<TagTarget> targets) {
    this.targets = List.copyOf(targets);
  }

  /** AddTags / RemoveTags input. */
  public record ChangeInput(String resourceId, List<TagShape> tagsList) {}

  /** ListTags input. */
  public record ListInput(List<String> resourceIdList, String nextToken) {}

  /** One resource's tags in ListTags. */
  public record ResourceTag(String resourceId, List<TagShape> tagsList) {}

  /** ListTags output. */
  public record ListOutput(List<ResourceTag> resourceTagList) {}

  public List<Operation> operations() {
    return List.of(
        Operation.of("AddTags", Access.ADMIN, ChangeInput.class, (input, caller) -> change(input, true)),
        Operation.of("RemoveTags", Access.ADMIN, ChangeInput.class, (input, caller) -> change(input, false)),
        Operation.of("ListTags", Access.READ, ListInput.class, (input, caller) -> list(input)));
  }

  private Object change(ChangeInput input, boolean add) {
    TagTarget target = target(input.resourceId());
    if (input.tagsList() == null) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "TagsList is required");
    }
    Map<String, Tag> tags = new LinkedHashMap<>();
    target.tags(input.resourceId()).forEach(tag -> tags.put(tag.key(), tag));
    for (TagShape shape : input.tagsList()) {
      if (add) {
        tags.put(shape.key(), shape.toDomain());
      } else {
        tags.remove(shape.key());
      }
    }
    target.replaceTags(input.resourceId(), new ArrayList<>(tags.values()));
    return Operation.EMPTY;
  }

  private ListOutput list(ListInput input) {
    List<String> resources = input.resourceIdList();
    if (resources == null || resources.isEmpty() || resources.size() > MAXIMUM_LISTED_RESOURCES) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ResourceIdList must name 1 to %d resources",
          MAXIMUM_LISTED_RESOURCES);
    }
    List<ResourceTag> result = new ArrayList<>();
    for (String resource : resources) {
      TagTarget target = target(resource);
      result.add(new ResourceTag(target.arn(resource),
          target.tags(resource).stream().map(TagShape::of).toList()));
    }
    return new ListOutput(result);
  }

  private TagTarget target(String resourceId) {
    if (resourceId == null || resourceId.isBlank()) {
      throw LakeException.of(ErrorCode.INVALID_PARAMETER, "ResourceId is required: the ARN of a store or channel");
    }
    return targets.stream().filter(target -> target.owns(resourceId)).findFirst()
        .orElseThrow(() -> LakeException.of(ErrorCode.RESOURCE_TYPE_NOT_SUPPORTED, "resource '%s' is neither an "
            + "event data store nor a channel; only those carry tags here", resourceId));
  }
}
