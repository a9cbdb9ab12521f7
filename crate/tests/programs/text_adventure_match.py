from enum import Enum, auto

class Room(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()

MAP = {
    Room.HALL: {"north": Room.KITCHEN, "east": Room.GARDEN},
    Room.KITCHEN: {"south": Room.HALL, "down": Room.CELLAR},
    Room.CELLAR: {"up": Room.KITCHEN},
    Room.GARDEN: {"west": Room.HALL},
}
ITEMS = {Room.KITCHEN: ["knife", "bread"], Room.CELLAR: ["lamp"], Room.GARDEN: ["key"]}

class Game:
    def __init__(self):
        self.room = Room.HALL
        self.inventory = []
        self.moves = 0

    def do(self, line):
        verb, _, noun = line.strip().lower().partition(" ")
        self.moves += 1
        match verb, noun:
            case ("go" | "walk"), direction if direction in MAP[self.room]:
                self.room = MAP[self.room][direction]
                return f"You walk {direction} to the {self.room.name.lower()}."
            case ("go" | "walk"), direction:
                return f"You can't go {direction or 'nowhere'} from here."
            case "take", item if item in ITEMS.get(self.room, []):
                ITEMS[self.room].remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case "take", item:
                return f"There is no {item} here."
            case "look", "":
                here = ITEMS.get(self.room, [])
                exits = ", ".join(sorted(MAP[self.room]))
                return f"{self.room.name.title()}: items={here or 'none'}; exits: {exits}"
            case ("inventory" | "i"), _:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case _:
                self.moves -= 1
                return f"I don't understand {line!r}."

g = Game()
script = ["look", "go north", "take bread", "take sword", "go down", "look", "take lamp",
          "go up", "go south", "go east", "take key", "i", "dance", "go west", "go up"]
for cmd in script:
    print(f"> {cmd}\n  {g.do(cmd)}")
print(g.moves, g.room, sorted(g.inventory), {r.name: v for r, v in ITEMS.items()})
print(Room["GARDEN"].value, Room(1), list(Room)[-1], Room.HALL in MAP)
g.do(None)
