package app.dateline.app.picture;

import java.util.List;

/**
 * Everything a published picture of the story shows, whatever its layout.
 *
 * @param title    what the story is: "The Taliban, 2021–2024"
 * @param subtitle the range and what is shown: "48 events told by 5 articles, July 2001 to March 2024"
 * @param events   the events to draw, in date order
 * @param groups   the colours of the sources, for the legend
 * @param notShown what a static picture cannot show, in words ("19 events with no date on the calendar"), or null
 * @param credit   where it comes from and who made it
 */
public record StoryPicture(String title, String subtitle, List<PictureEvent> events, List<SourceGroup> groups,
                           String notShown, String credit) {

    public StoryPicture {
        events = List.copyOf(events);
        groups = List.copyOf(groups);
    }

    public String colour(PictureEvent e) {
        return e.group() >= 0 && e.group() < groups.size() ? groups.get(e.group()).colour() : SourceGroups.OTHER_COLOUR;
    }
}
